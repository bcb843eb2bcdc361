<!DOCTYPE html>
<html lang="en">

<head>
    <title>Subscription Expiry Reminder</title>
</head>

<body>
    <h2>Subscription Expiry Reminder</h2>

    <p>Hello {{ $data['name'] }},</p>

    <p>This is a reminder that your subscription is expiring on {{ $data['subscription_ending_date'] }}. To continue
        accessing our services, please contact to renew your subscription.</p>

    <p>You can reach out to us at waqas.logicalcreations@gmail.com</p>

    <p>If you have any questions or need assistance, feel free to contact our support team.</p>
    <p>Thank you for choosing our service.</p>
</body>

</html>
