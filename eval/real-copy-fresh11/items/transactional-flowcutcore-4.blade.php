<!DOCTYPE html>
<html>
<head>
    <meta charset="UTF-8">
    <title>Subscription update</title>
</head>
<body style="font-family: Arial, sans-serif; line-height: 1.6">

    <h2>Subscription renewal preference updated</h2>

    <p>
        Your subscription has been updated to stop automatic renewal at the end of the current billing period.
    </p>

    <p>
        You will continue to have full access until your current subscription period ends.
    </p>

    <p>
        You can re-enable automatic renewal at any time from your account settings.
    </p>

    <p>
        This change was made from your account dashboard.
    </p>

    <hr>

    <p style="font-size: 12px; color: #666">
        This is an automated message. No action is required.
    </p>

</body>
</html>
