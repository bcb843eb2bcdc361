<!DOCTYPE html>
<html lang="en">
<head>
    <meta charset="UTF-8">
    <meta name="viewport" content="width=device-width, initial-scale=1.0">
    <title>User Deleted Notification</title>
    <style>
        body {
            font-family: Arial, sans-serif;
            background-color: #f9f9f9;
            padding: 20px;
        }
        .container {
            max-width: 600px;
            margin: 0 auto;
            background-color: #ffffff;
            border-radius: 10px;
            box-shadow: 0 0 10px rgba(0, 0, 0, 0.1);
            padding: 40px;
        }
        h1 {
            color: #333333;
            text-align: center;
        }
        p {
            color: #555555;
            font-size: 16px;
            line-height: 1.6;
        }
        .button {
            display: inline-block;
            background-color: #4CAF50;
            border: none;
            color: white;
            padding: 10px 20px;
            text-align: center;
            text-decoration: none;
            font-size: 16px;
            margin-top: 20px;
            cursor: pointer;
            border-radius: 5px;
        }
        .button:hover {
            background-color: #45a049;
        }
        .footer {
            margin-top: 40px;
            text-align: center;
            color: #888888;
            font-size: 14px;
        }
    </style>
</head>
<body>
    <div class="container">
        <h1 style="color: #ff6666;">Your Account is Restored</h1>
        <p style="color: #777777;">Welcome back!, your account has been successfully restored</p>
        <p style="color: #777777;">If you have any questions or concerns, please feel free to contact our support team.</p>
        <a href="#" class="button" style="background-color: #ff6666;">Contact Support 09456019173</a>
    </div>
    <div class="footer">
        <p>This email was sent by LegalAidPH. &copy; 2024. All rights reserved.</p>
    </div>
</body>
</html>
