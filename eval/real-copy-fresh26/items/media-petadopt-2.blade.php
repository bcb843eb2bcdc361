<!DOCTYPE html>
<html lang="en">
<head>
    <meta charset="UTF-8">
    <meta name="viewport" content="width=device-width, initial-scale=1.0">
    <title>Warning Notice</title>
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
        <h2>Warning Notice</h2>
        <p>Dear {{$m}},</p>
        <p>This is to inform you that we have noticed some concerning behavior/actions that need to be addressed:</p>
        <p>We kindly request your immediate attention to this matter. Please take necessary actions to rectify the situation and prevent any further occurrences.</p>
        <p>Failure to address this issue may result in more serious consequences.</p>
        <p>If you have any questions or need further clarification, please do not hesitate to contact us.</p>
        <p>Thank you for your cooperation.</p>
        <p>Best regards,</p>
        <p>Furever Family Finder</p>
    </div>
</body>
</html>
