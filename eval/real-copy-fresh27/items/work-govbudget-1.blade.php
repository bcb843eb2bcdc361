<!-- resources/views/emails/user_deactivated.blade.php -->
<!DOCTYPE html>
<html>
<head>
    <title>Account Deactivation Notice</title>
</head>
<body>
    <p>Dear {{ $name }},</p>
    <p>We regret to inform you that your account has been deactivated. If you have any questions, please contact support.</p>
    <p>Best regards,<br>Your Company</p>
</body>
</html>
