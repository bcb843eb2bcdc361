import '../../App.css';
import React from 'react';



function Posting() {

    return (
        <>

            <div class="container-md content-box">
                <h1>Legal and privacy information</h1>
                <h2>Why was my ad removed?</h2>
                <p>There are a few reasons why your ad may not appear immediately on our platform and could have possibly been removed. This depends on a few things like:<br /><br />

                    - You have violated our Rules<br /><br />
                    - You have posted a service or Items Not allowed <br /><br />
                    - Users flagged the ad as being spam or offensive<br /><br />
                    - The ad expired automatically after being listed for its full duration.<br /><br />
                    - Your ad has been reported to us and your access has been restricted<br /><br />
                    To ensure your ad does not get the boot, have a look at these most common reasons why your ad could have possibly been removed:<br /><br />

                    Posting duplicate ads are not cool and a definite no-go. If you post multiple items or even in multiple locations, your ads will be removed and could lead to your access being restricted.<br /><br />
                    We do not allow URLs /Emails/ Unverified Phone numbers in the title or description of your ad, however, you may add a URL in the description of your ad as long as it's a link to additional information or to a page with more pictures. We do not allow links that are designed solely to redirect traffic to another website.<br /><br />
                    Make sure the price of your item does not exceed or go drastically below the secondary market value.<br /><br />
                    If you post an offer for formal employment, we prefer you to use an active, legitimate business domain. You will be able to use your personal email address if you're posting an ad as a private individual looking to hire a nanny or domestic help.<br /><br />
                    Remember, your photos need to be relevant and appropriate. Bathroom or bedroom selfies are not nice!<br /><br />
                </p>
            </div>

            <div class="container-md content-box">
                <h2>Why isn't my ad active? It says, "pending".</h2>
                <p>
                    Once you post an ad, you will receive an intimation right away to let you know the status of your ad. You can also have the option of checking the status of your ads in My Ads, which is located in the upper right hand corner.<br /><br />

                    Your ad will always be pending before it goes Live or in some cases get rejected. If it remains rejected, it's possibly because our filters have detected something which is against our rules..<br /><br />

                    These filters help keep our platform safe and duplicate free, by removing ads which have the same or similar ad titles and images - how cool is that? So, make sure that the title and images of your ads are not the same, and you should have no problems!<br /><br />

                    For other reasons, it would be a good idea to have another look at our Rules, and the list of the Prohibited Items and edit your Ad or where required post a new one.<br /><br />

                    For further assistance, you may call our helpline or connect to us via Live Chat.
                </p>
            </div>


            <div class="container-md content-box">
                <h2>How do I get more attention from buyers?</h2>
                <p>
                    There are three ways you can get more followers, which means more attention: <br /><br />

                    ·  Post great deals that make buyers want to tell their friends about you.<br /><br />
                    ·  You can invite your Facebook friends by going to My Account  → My Network → Find Friends and click on 'Find Friends from Facebook”'.<br /><br />
                    ·  You can also invite your friends to join<br /><br />
                    ·  In My Ads → Share your Ad in Friends & Family via other Social media platforms like Whats app etc<br /><br />
                    ·  For further assistance, you may call our helpline or connect to us via Live Chat.<br /><br /></p>
            </div>
        </>



    )
}

export default Posting;