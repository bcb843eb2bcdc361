<x-mail::message>
Hi {{ $name }},

Just a quick reminder - you’ve won an AUD $50 gift card in Wayyti’s monthly draw, but we noticed you haven’t selected your preferred gift card yet.
<br>
To claim your prize:
<ol>
<li>
    <strong>Log into the Wayyti app.</strong>
</li></br>

<li>
    <strong>Follow the instructions in your notification.</strong>
</li></br>

<li>
    <strong>Select your preferred gift card type.</strong>
</li></br>
</ol>

Please make sure to select your gift card within 14 days. If not claimed by this date, the prize may be forfeited as per our terms.
<br>
If you have any questions or need assistance, feel free to reach out to us at info@wayyti.com.
<br> <br>
Thanks so much,<br>
The Wayyti Team
</x-mail::message>
