<!doctype html>
<html xmlns="http://www.w3.org/1999/xhtml" xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office">

<head>
    <title>Notification for failure of submission of quote </title>
    <meta charset="UTF-8">
    <meta http-equiv="X-UA-Compatible" content="IE=edge">
    <meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <link rel="stylesheet" type="text/css" href="css/email.css">

</head>
<body style="margin-top: 1%;">

	<div>
	<p>Greetings for the day – </p>
	<p>Kindly be aware that there are issue in the below quote, error log attached.</p>
	<table cellpadding="4">
		<tr><td>Inquiry</td><td>:</td><td colspan=2>${inquiry}</td></tr>
		<tr><td>Quote</td><td>:</td><td colspan=2>${quote}</td></tr>
	</table>
	<p>Please correct document attachment for above quote and try again. </p>
	<p>Thanks for your time and have a wonderful day</p>
	<p>Automated Broadcaster.</p>
	<p><i>(This is an automated mail, please do not reply to this mail)</i></p>
	

	</div>

		  
</body>
</html>