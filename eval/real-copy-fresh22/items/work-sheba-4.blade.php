<!DOCTYPE html>
<html>
<head>
    <title>{{$title}}</title>
    <link href="https://fonts.googleapis.com/css?family=Lato:100" rel="stylesheet" type="text/css">
</head>
<body>
<div class="container">
    <div class="content">
        <div class="title">
            <p>Dear {{$employee_name}},</p>
            <p>Please find your salary payslip for the month of {{$time_period}} attached</p>
            <p>Regards<br>HR Department<br>{{$business_name}}</p>
        </div>
    </div>
</div>
</body>
</html>