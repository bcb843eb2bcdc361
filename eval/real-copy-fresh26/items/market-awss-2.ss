<p>Hello</p>
<p>Attention Wizard subscription auto payment failed,details as follows:</p>
<p>Contact: $emailAddress</p>
<p>Subscription Id: $subscriptionId</p>
<p>Attention Wizard Support</p>