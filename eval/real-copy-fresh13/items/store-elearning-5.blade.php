<!DOCTYPE html>
<html lang="en">

<head>
    <meta charset="UTF-8">
    <meta name="viewport" content="width=device-width, initial-scale=1.0">
    <meta http-equiv="X-UA-Compatible" content="ie=edge">
    <title>Affiliate Account Suspension Lifted</title>
</head>

<body style="font-family: Arial, sans-serif; line-height: 1.6; color: #333; padding: 20px;">
    <h1 style="color: #28A745;">Good News, {{ $user->name }}!</h1>
    <p>We are pleased to inform you that the suspension on your affiliate account has been lifted. You are now fully
        reinstated as an affiliate with our platform and can resume your activities and start earning commissions again.
    </p>

    <p>Your affiliate link is still active and can be shared with others to earn commissions on successful referrals.
        Thank you for your patience and cooperation throughout this process, and we appreciate your commitment to our
        program.</p>

    <h3>Getting Started Again:</h3>
    <ul>
        <li>Share your affiliate link to attract new referrals.</li>
        <li>Check your dashboard for updated stats and earnings.</li>
        <li>Reach out to support if you have any questions about the reinstatement.</li>
    </ul>

    <p>If you have any questions or need further assistance, please don’t hesitate to reach out to our support team at
        support@yourplatform.com.</p>

    <p>Thank you for your dedication and welcome back!</p>

    <p>Best regards,<br>
        Team</p>
</body>

</html>
