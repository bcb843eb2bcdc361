<h1>Thank you for your response!</h1>

<p>This survey has already been completed and submitted to our customer service team.</p>

<p>If you’d like to contact us with any further questions, please call [phone-number].</p>

<p>Sincerely,<br>
<?php print $signoff; ?>
</p>
