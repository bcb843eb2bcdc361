<x-mail::message>
    Welcome to Wayyti! We’re excited to help you save time and money with our price-tracking technology. Here’s how you can get started: </br>

<li>
<strong>Search for Products:</strong>
Use the app to find the products you want to track, from electronics to groceries.
</li></br>

<li>
<strong>Track Price Drops:</strong>
Add items to your tracking list, and we’ll notify you when the price drops.
</li></br>

<li>
<strong>Save on Your Favorite Products:</strong>
We’ll do the work of monitoring price changes, so you don’t have to.
</li></br>

Tip: Start tracking products now by adding your first item to your list. Let Wayyti do the rest! <br><br>

Earn Points: For every product you track and every action you take within the app, you’ll
accumulate points. Stay tuned for future updates on how you can redeem them! <br><br>

Thank you for joining Wayyti – where savings are just a notification away!

Thank you,<br>
The Wayyti Team
</x-mail::message>
