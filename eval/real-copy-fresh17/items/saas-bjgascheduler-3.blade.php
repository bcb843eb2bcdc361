<!DOCTYPE html>
<html lang="en-US">
	<head>
		<meta charset="utf-8">
	</head>
	<body>
		<h2>Final Notice: Credit Expiring in 30 Days</h2>

		<p>Don't forget that you have {{ $value }} of credit that is expiring soon! You have until {{ $date }} to use the credit, so make sure you book your lessons soon!</p>

		<p>Thank you, we look forward to serving you.</p>
	</body>
</html>