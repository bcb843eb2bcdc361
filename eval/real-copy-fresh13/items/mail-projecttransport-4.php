<!DOCTYPE html>
<html>
<head>
	<title></title>
</head>
<body>

	<p>Dear Valued Customer,</p>
	<p>This is a friendly reminder that your User Plan at Vehicle Checklist will expire on <strong><?php echo $expiration; ?></strong>. If you wish to renew or update your membership, please send an email to <a href="mailto:cherlaj@trackerteer.com">cherlaj@trackerteer.com</a> for further information. </p>
	<p><small><strong>*Note: You will not be able to access your data if your membership expires.</strong></small></p>
	<p>If you have any comments or questions, please don't hesitate to reach us at <a href="mailto:cherlaj@trackerteer.com">cherlaj@trackerteer.com</a></p>
	<p>Please feel free to respond to this email. it was sent from a monitored email address.</p>
</body>
</html>