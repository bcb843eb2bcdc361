<!DOCTYPE html>
<html lang="en-GB">
<head>
    <meta charset="utf-8">
</head>
<body>
<p>
    Hi {{ $user->given_name }},<br />
    Your latest subscription payment has failed<br />
    <br />
    We tried to take money from your balance but were unable to do so.<br />
    Please top up within the next few days so you don't lose access to Build Brighton.
    <br />
    <br />
    <br />
    <small>This is an automated email sent by the Build Brighton Member System</small>
</p>
</body>
</html>
