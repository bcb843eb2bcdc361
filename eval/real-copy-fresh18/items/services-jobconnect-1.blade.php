<!DOCTYPE html>
<html>
<head>
    <meta charset="UTF-8">
    <title>Application Update</title>
</head>
<body style="font-family: Arial, sans-serif; line-height: 1.6; color: #333; ">
    <div style=" margin: auto; background: #fff; padding: 30px;  border-radius: 6px;">
        <p>Dear {{ $applicantName }},</p>

        <p>Thank you for applying for the position of <strong>{{ $jobTitle }}</strong>.</p>

        <p>After careful consideration, we regret to inform you that your application was not shortlisted for the next stage of the recruitment process.</p>

        <p>We sincerely appreciate your interest and the time you invested in applying. We encourage you to explore and apply for other opportunities that align with your skills and experience in the future.</p>

        <p>Wishing you all the best in your career journey.</p>

        <p style="margin-top: 30px;">Kind regards,<br>
        <strong>CBS Recruitment</strong></p>
    </div>
</body>
</html>
