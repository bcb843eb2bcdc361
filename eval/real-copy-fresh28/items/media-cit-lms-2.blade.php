<!DOCTYPE html>
<html lang="en">

    <head>
        <meta charset="UTF-8">
        <meta name="viewport" content="width=device-width, initial-scale=1.0">
        <title>Welcome to California Training</title>
    </head>

    <body>
        <h1>Successfully Password Reset</h1>

        <p>If you have any questions or need assistance, don't hesitate to reach out to our support team at
            support@edu-cti.com.</p>

        <p>
            http://portal.edu-cti.com/
            <br>
            Your password is: <strong>{{$password}}</strong>

        </p>

        <p>Best regards,</p>
        <p>The California Training Team</p>
    </body>

</html>