<x-mail::message>
    We noticed you started creating your Wayyti account but didn’t complete the process. Wayyti is designed to help you save time and money. Finish setting up your account by logging into the
    app and unlock these features: </br>

<li>
<strong>Stay Informed on Price Drops:</strong>
Get notified when prices drop on items you’re tracking, so you save more on your purchases. We’ll help you stretch your dollars further.
</li></br>

<li>
<strong>Plan Your Purchases:</strong>
Not ready to buy just yet? Save products directly in the app and track them all in one place. Shop with confidence, knowing you’ll catch the best deals.
</li></br>

<li>
<strong>Save Time:</strong>
Search for and track any product online – from electronics to groceries. We’ll handle checking for price drops, so you spend less time browsing and comparing prices, and can focus on what matters most.
</li></br>

Complete your account setup today and start tracking prices – it’s as simple as: search, track, wait, and save!

Thank you,<br>
The Wayyti Team
</x-mail::message>
