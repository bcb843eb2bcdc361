<!DOCTYPE html>
<html lang="en">

<head>
    <meta charset="UTF-8">
    <meta name="viewport" content="width=device-width, initial-scale=1.0">
    <meta http-equiv="X-UA-Compatible" content="ie=edge">
    <title>Affiliate Account Suspension Notice</title>
</head>

<body>
    <div class="header">
        <h1>Affiliate Account Suspension Notice</h1>
    </div>
    <div class="content">
        <p>Dear {{ $user->name }},</p>
        <p>We regret to inform you that your affiliate account has been temporarily suspended. This decision was made to
            ensure the integrity and compliance of our affiliate program.</p>
        <p>Here are some possible reasons for the suspension:</p>
        <ul>
            <li>Violation of our affiliate program’s terms and conditions.</li>
            <li>Engagement in prohibited promotional practices.</li>
            <li>Incomplete or misleading account information.</li>
            <li>Suspected fraudulent or unethical activity.</li>
            <li>Other reasons related to non-compliance with program policies.</li>
        </ul>
        <p>If you believe this suspension was a mistake, or if you’d like more details, please contact our support team
            at support@example.com. Our team is available to address any concerns or to provide additional information
            on the suspension.</p>
        <p>Please note that failure to comply with our terms and policies could result in the permanent closure of your
            affiliate account.</p>
        <p>We appreciate your cooperation and understanding in this matter.</p>
    </div>
    <div class="footer">
        <p>Thank you for your partnership with us.</p>
        <p>If you have any questions, feel free to reach out to our support team.</p>
    </div>
</body>

</html>
