import '../../App.css';
import React from 'react';



function Safety() {

    return (
        <>
            <div class="container-md content-box">
                <h1 class="faq-h1">Safety</h1>
                <h2 class="faq-h2">How do I sell safely?</h2>
                <p><h4 class="faq-h4">Meeting a buyer</h4>

                    Always meet in person. We'd recommend trading locally for safe deals.
                    A buyer who offers you more money to ship your item to them is usually a scammer, and you can report them.
                    Try to meet in a public place like a shopping mall or petrol station. If someone needs to come to your house to fetch a large item, make sure you have a friend or family member with you. <br /><br />
                    <h4 class="faq-h4">Making the exchange</h4>

                    As far as possible, only get paid in cash for your item
                    If you must accept a bank transfer, make sure you call your bank to check that the funds have cleared before handing over the item
                    Never accept proof of payment SMS or email - these are very easy to fake.
                    We aren’t in any position to handle or facilitate any exchange of money. So, please, be careful when handing overpayment.
                    <h2 class="faq-h2">How do I buy safely?</h2>
                    <h4 class="faq-h4">If you’re buying</h4>

                    This might seem simple, but it can’t be said enough - always<br />

                    1. Meet the seller in person in a public place, like at a mall, etc.<br />
                    2. Only hand over the money once you’re happy with what you’re buying<br />
                    3. Whatever you do, don’t buy before you try - always examine the item and then pay for it
                    And please, be careful
                </p>

                <div class="container-md content-box">

                    <p></p>
                </div>
            </div>
        </>)
}

export default Safety;