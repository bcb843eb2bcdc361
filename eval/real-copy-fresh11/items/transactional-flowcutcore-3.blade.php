<!DOCTYPE html>
<html>
<head>
    <meta charset="UTF-8">
    <title>Subscription cancelled</title>
</head>
<body style="font-family: Arial, sans-serif; line-height: 1.6">

    <h2>Subscription cancelled</h2>

    <p>
        Your subscription has been cancelled successfully at your request.
    </p>

    <p>
        Access to paid features has ended.
        Your account and data remain available.
    </p>

    <p>
        If you did not perform this action, please contact support immediately.
    </p>

    <hr>

    <p style="font-size: 12px; color: #666">
        This is an automated message.
    </p>

</body>
</html>
