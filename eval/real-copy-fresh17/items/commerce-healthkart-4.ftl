Request Sent To Effort BPO
<html>
<head>
  <title>Request Sent To Effort BPO</title>
</head>
<body>

<p style="margin-bottom:1em">Hi ${user.name},</p>

<p style="margin-bottom:1em">
  We saw that you tried to place an order, order id being ${gatewayOrderId} on our website but did not complete the process...
  Is everything alright?
</p>

<p style="margin-bottom:1em">
  If this was an oversight, you may disregard this email. Otherwise, we would be happy to answer any questions that you may have about the ordering process.
</p>

<p style="margin-bottom:1em">
  Feel free to mail us info@healthkart.com or call us at 0124-4616444 (24x7)
</p>

<p style="margin-bottom:1em">
  Remember, your satisfaction is our first priority and it is our pleasure to serve you.
</p>

<p style="margin-bottom:1em">Happy Shopping!</p>

<p style="margin-bottom:1em"><strong>HealthKart.com</strong></p>
</body>
</html>