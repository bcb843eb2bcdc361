<!DOCTYPE html>
<html>
<head>
    <meta charset="utf-8">
    <title>{{ $subject }}</title>
</head>
<body style="font-family: Arial, Helvetica, sans-serif; line-height: 1.6; color: #333;">
    <div style="max-width: 600px; margin: 0 auto; padding: 20px;">
        <h2>{{ $subject }}</h2>

        <p>Dear NSUK Staff,</p>

        <p>Please find attached your payslip for {{ $period }}.</p>

        <p>As always, if you have any questions regarding your payslip or need further clarification, feel free to reach out to the payroll unit in Bursary.</p>

        <p>Thank you for your continued hard work and dedication to our university.</p>

        <p>
            Best regards,<br>
            MAIDOKI, Bisalla<br>
            Head, Payroll
        </p>
    </div>
</body>
</html>
