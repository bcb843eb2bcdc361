<!DOCTYPE html>
<html lang="en">
<head>
    <meta charset="UTF-8">
    <title>Scholarship Application Result</title>
</head>
<body style="font-family: Arial, sans-serif; background-color: #f3f4f6; padding: 20px;">
    <div style="max-width: 600px; margin: auto; background-color: white; padding: 30px; border-radius: 8px; box-shadow: 0 0 10px rgba(0,0,0,0.05);">
        <h2 style="color: #ef4444;">📬 Application Update</h2>

        <p>Dear Applicant,</p>

        <p>Thank you for applying to the <strong>Scholarship Program</strong>. We appreciate the time and effort you put into your application.</p>

        <p>After careful consideration, we regret to inform you that your application was not selected for this cycle.</p>

        <p>This decision was not easy and does not reflect negatively on your qualifications. The competition was incredibly strong, and many deserving candidates applied.</p>

        <p>We encourage you to continue pursuing your goals and to consider applying again in the future.</p>

        <br>
        <p>Best wishes,<br>
        <strong>The Scholarship Team</strong></p>

        <hr style="margin-top: 30px;">
        <p style="font-size: 12px; color: gray;">This is an automated message. Please do not reply directly to this email.</p>
    </div>
</body>
</html>
