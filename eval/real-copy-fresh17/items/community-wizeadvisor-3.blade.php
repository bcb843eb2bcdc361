<!DOCTYPE html>
<html>

<head>
    <title>wiseAdvizor</title>
</head>

<body>
    <h1>Dear {{ $details['user_name'] }},</h1>
    <pn> </p>

    <div class="card text-center mt-5">
        <div class="card-body">
            <p>We hope this message finds you well. We wanted to express our gratitude for choosing 'wiseAdvizor' for your recent mentorship session with {{ $details['mentor_name'] }}. We trust that the session was insightful and beneficial to your startup journey. </p><br />
            <p>To continuously improve our services and ensure that you have the best possible experience, we kindly request your feedback on the mentorship session. Your insights are invaluable to us and will help us enhance the quality of mentorship provided on our platform.</p><br />
            <p>Please take a few moments to share your thoughts by logging into your account <a href="https://wiseadvizor.com/login">Login here and provide the feedback. </a></p><br />
            <p>Your feedback will help us understand what worked well and where we can make improvements. We are committed to providing you with the highest level of support, and your input plays a crucial role in achieving that goal.</p><br />
            <p>Thank you for being an essential part of our 'wiseAdvizor' community. We look forward to hearing from you and to continue assisting you on your startup journey.</p><br />
            <p>If you have any questions or need further assistance, please do not hesitate to reach out.</p><br />
        </div>
    </div>
    <p>Warm regards,  <br />wiseAdvizor Team</p>
</body>
</html>