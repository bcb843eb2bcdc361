<!DOCTYPE html>
<html>

<head>
    <meta charset="UTF-8">
    <meta http-equiv="X-UA-Compatible" content="IE=edge">
    <meta name="viewport" content="width=device-width, initial-scale=1.0">
    <title>Project Closed Notification</title>
</head>

<body>
    <h1>Project Closed</h1>
    <p>Hello <strong> {{ $userName }} </strong></p>
    <p>The project "{{ $projectName }}" has been successfully completed.</p>
    <p>Thank you for your contribution!</p>
</body>

</html>
