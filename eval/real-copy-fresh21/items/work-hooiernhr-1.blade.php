<!DOCTYPE html>
<html lang="en">
<head>
    <meta charset="UTF-8">
    <meta name="viewport" content="width=device-width, initial-scale=1.0">
    <title>Interview Status: Rejected</title>
</head>
<body>
    <h1>Dear {{ $name }},</h1>
    <p>Thank you for your time and effort in attending the interview. Unfortunately, we are unable to proceed with your application at this time.</p>
    <p>We wish you the best in your future endeavors.</p>
    <p>Best regards,<br>{{ config('app.name') }} Team</p>
</body>
</html>
