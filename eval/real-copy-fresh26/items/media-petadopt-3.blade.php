<!DOCTYPE html>
<html lang="en">
<head>
    <meta charset="UTF-8">
    <meta name="viewport" content="width=device-width, initial-scale=1.0">
    <title>Unblock Notification</title>
    <style>
        body {
            font-family: Arial, sans-serif;
            margin: 0;
            padding: 0;
        }
        .container {
            max-width: 600px;
            margin: 20px auto;
            padding: 20px;
            border: 1px solid #ccc;
            border-radius: 5px;
        }
        h2 {
            color: #333;
        }
        p {
            color: #666;
            margin-bottom: 20px;
        }
    </style>
</head>
<body>
    <div class="container">
        <h2>Unblock Notification</h2>
        <p>Dear {{$m}},</p>
        <p>We are pleased to inform you that your account has been successfully unblocked.</p>
        <p>After careful review and consideration, we have decided to reinstate your access to our services.</p>
        <p>We appreciate your cooperation and understanding throughout this process.</p>
        <p>If you have any questions or need further assistance, please don't hesitate to contact us.</p>
        <p>Thank you for your patience.</p>
        <p>Best regards,</p>
        <p>Furever Family Finder</p>
    </div>
</body>
</html>
