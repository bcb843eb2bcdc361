import '../../App.css';
import React from 'react';



function Profilehelp() {

    return (
        <>
            <div class="container-md content-box">
                <h1 class="faq-h1">My Account/Profile</h1>
                <h2 class="faq-h2">Why is my account banned?</h2>
                <p>If you find that you are receiving a notification that your account is banned, this means that you've either
                    breached one of our Posting rules or there is a non-compliant activity as per our Trust and Safety rules
                    relating to your account.<br /><br />
                    Business Users in case of Account banned are requested to contact their designated Account Manager<br />

                    For any support feel free to Thrift Store Customer Services Team via the Contact form
                </p>
            </div>

            <div class="container-md content-box">
                <h2 class="faq-h2">Can other people see who I'm following?</h2>
                <p>
                    Yes, they can. When someone comes across your profile, he or she can tap on your follower/following number
                    and see who is following you and who you are following.
                </p>
            </div>

            <div class="container-md content-box">
                <h2 class="faq-h2">What about profile edition?</h2>
                <p>
                    <h4 class="faq-h4">1. How long can my bio be?</h4>
                    Keep your bio short and sweet. It should be a maximum 200 characters.

                    <h4 class="faq-h4">2. How often can I edit my profile?</h4>
                    You can edit your bio or About Me section as often as you like. Simply go to<br />

                    <h4 class="faq-h4">3. How do I add a picture to my profile and can I change it later?</h4>

                    At the moment Profile pictures cannot be updated by Users. However, you can use your Facebook & Google Login and
                    display their profile picture on Thrift Store.<br /><br />



                    For further assistance, you may call our helpline or connect to us via Live Chat.

                    App: Go to My Account → Edit your Profile<br />

                    Web: Go to Menu → My Profile → Edit Profile
                </p>
            </div>
        </>
    )
}

export default Profilehelp;