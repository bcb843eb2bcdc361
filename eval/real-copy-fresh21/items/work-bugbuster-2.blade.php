<!DOCTYPE html>
<html lang="en">

<head>
    <meta charset="UTF-8">
    <meta name="viewport" content="width=device-width, initial-scale=1.0">
    <title>Role Changed Notification</title>
</head>

<body>
    <h2>Role Changed Notification</h2>
    <p>Hello {{ $userName }},</p>
    <p>Your role in project {{ $projectName }} has been changed to {{ $roleName }}.</p>
    <p>Thank you!</p>
</body>

</html>
