<!DOCTYPE html>
<html>
<head>
    <title>Application Rejection</title>
</head>
<body>
    <h3>Dear Service Provider,</h3>
    <p>Unfortunately, your application has been rejected for the following reason:</p>
    <blockquote>
        <p>{{ $reason }}</p> 
    </blockquote>
    <p>Please contact support if you have any questions.</p>
    <p>Regards,<br>Admin Team</p>
</body>
</html>
