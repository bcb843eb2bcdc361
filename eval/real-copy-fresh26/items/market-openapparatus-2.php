<h4>How do I fund a project?</h4>
<div>
	<p>After you fill in the form above, you'll be taken to PayPal where you'll authorize a once off payment for the amount you pledged. You'll only be charged this amount if your project is successful.</p>
</div>

<h4>When will I be charged?</h4>
<div>
	<p>You'll only be charged after the project is complete.</p>
</div>

<h4>How will I get my reward?</h4>
<div>
	<p>If the project is successfully funded, we'll contact you with details.</p>
</div>

<h4>What happens if this project isn't succesfully funded?</h4>
<div>
	<p>You wont be charged and you wont receive your reward. That's why it's important that you share this project.</p>
</div>

<h4>Can I cancel my pledge?</h4>
<div>
	<p>Yes, you can cancel it by logging into PayPal and cancelling it there.</p>
</div>