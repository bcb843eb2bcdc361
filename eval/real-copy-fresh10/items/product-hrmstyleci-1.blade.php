<!DOCTYPE html>
<html lang="en">

<head>
    <meta charset="UTF-8">
    <meta name="viewport" content="width=device-width, initial-scale=1.0">
    <title>Account Suspension Notification</title>
</head>

<body>
    <h2>Account Suspension Notification</h2>

    <p>Hello {{ $data['name'] }},</p>

    <p>We regret to inform you that your subscription has expired and your account, along with associated employee and
        client accounts, has been suspended.</p>

    <p>As a result, you will no longer be able to login to your account or access any of the features of our platform.
    </p>

    <p>If you wish to regain access to your account and resume using our services, please consider renewing your
        subscription as soon as possible.</p>

    <p>If you have any questions or need further assistance, please don't hesitate to contact our support team at
        support@example.com.</p>

    <p>Thank you for your understanding.</p>
</body>

</html>
