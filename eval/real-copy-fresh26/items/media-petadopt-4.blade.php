<!DOCTYPE html>
<html lang="en">
<head>
    <meta charset="UTF-8">
    <meta name="viewport" content="width=device-width, initial-scale=1.0">
    <title>Report Confirmation</title>
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
        <h2>Report Confirmation</h2>
        <p>Dear {{$m}},</p>
        <p>We want to inform you that your report regarding the behavior/actions of {{$m2}} has been thoroughly investigated and found to be valid.</p>
        <p>As a result of our investigation, the reported person has been blocked from our services. This action has been taken to maintain the integrity and safety of our community.</p>
        <p>We appreciate you bringing this matter to our attention. Your cooperation helps us ensure a positive experience for all our users.</p>
        <p>If you have any further concerns or need assistance, please feel free to reach out to us.</p>
        <p>Thank you for your understanding and cooperation.</p>
        <p>Best regards,</p>
        <p>Furever Family Finder</p>
    </div>
</body>
</html>
