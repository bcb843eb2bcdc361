<!DOCTYPE html>
<html>
<head>
    <title>Your Subscription has Expired</title>
    <style>
        body {
            font-family: Arial, sans-serif;
            line-height: 1.5;
        }

        h1 {
            color: #333333;
        }

        p {
            margin-bottom: 10px;
        }
    </style>
</head>
<body>
    <h1>Dear {{ $username }},</h1>
    <p>Your subscription has expired.</p>
    <p>Please renew your subscription to continue accessing our services.</p>
    <p>Thank you for using our platform.</p>
</body>
</html>
