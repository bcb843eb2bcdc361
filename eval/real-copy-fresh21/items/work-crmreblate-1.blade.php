<!DOCTYPE html>
<html lang="en">

<head>
    <meta charset="UTF-8">
    <meta name="viewport" content="width=device-width, initial-scale=1.0">
    <meta http-equiv="X-UA-Compatible" content="ie=edge">
    <title>Email Template</title>
</head>

<body>
    <p> Dear [{{$emp_name}}],</p>
    <p>
    We would like to inform you that your {{$emp_month_salary_hidden}} salary slip is now available for viewing and download. Please take a moment to review it at your earliest convenience.
    Should you require any assistance or have any questions regarding your salary slip or the deduction, please do not
    hesitate to reach out to me.
    </p>
    <p>Best regards,<br>
     M.Abuzar<br>
     Reblate Solutions<br>
     </p>
</body>

</html>
