<!DOCTYPE html>
<html>
<head>
    <title>Commercial Space Maintenance</title>
</head>
<body>
    <p>Hello {{ $tenant->name_of_owner }},</p>
    <p>We would like to inform you that you didn't pay your maintenance cost before the due date. The cost is {{$cost}} PHP.</p>
    <p>Regards,<br>NOVADECI PROPERTIES</p>
    <br><br><br>
    <i>SYSTEM GENERATED EMAIL. DO NOT REPLY.</i>
</body>
</html>
