<!DOCTYPE html>
<html lang="en">

<head>
    <meta charset="UTF-8">
    <meta name="viewport" content="width=device-width, initial-scale=1.0">
    <title>Project Member Removed</title>
</head>

<body>
    <p>Hello {{ $userName }},</p>

    <p>You have been removed from the project "{{ $projectName }}".</p>

    <p>Please contact the project administrator for further details.</p>

    <p>Best regards,</p>
    <p>The Project Team</p>
</body>

</html>
