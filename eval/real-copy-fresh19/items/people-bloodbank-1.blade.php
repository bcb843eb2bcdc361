<!DOCTYPE html>
<html>
<head>
    <title>Blood Donation Request</title>
</head>
<body>
    <h2>Dear {{ $donorName }},</h2>
    <p>We sincerely hope you are doing well. Your generosity is needed! A patient, <strong>{{ $recipientName }}</strong>, is in urgent need of a blood donation. Your kindness and willingness to help could save a life.</p>
    <p>Please reach out to <strong>{{ $recipientPhone }}</strong> at your earliest convenience for further details and arrangements.</p>
    <p>Every drop of blood can make a difference. Your selfless act can bring hope and relief to someone in need. Together, we can make a lifesaving impact!</p>
    <p>Thank you for being a lifesaver!</p>
    <p>Best regards,</p>
    <p>[Ibn Sina]</p>
</body>
</html>

