<!DOCTYPE html>
<html>
<head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1.0">
    <title>Account Activated</title>
</head>
<body style="font-family: Arial, sans-serif; line-height: 1.6; color: #333; max-width: 600px; margin: 0 auto; padding: 20px;">
    <div style="background-color: #d4edda; padding: 20px; border-radius: 5px; margin-bottom: 20px;">
        <h2 style="margin: 0; color: #155724;">
            ✅ Account Activated
        </h2>
    </div>

    <p>Dear {{ $user->name }},</p>

    <p>Your account has been activated successfully.</p>

    <p>You can now access our services and enjoy all the benefits of your subscription.</p>

    <p>Thank you for choosing {{ config('app.name') }}.</p>

    <p style="margin-top: 30px;">
        Best regards,<br>
        {{ config('app.name') }} Team
    </p>
</body>
</html>
