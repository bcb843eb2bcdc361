<h1>Your order has been shipped!</h1>

<p>It should arrive soon.</p>