<!DOCTYPE html>
<html>
<head>
    <title>Account Reactivated</title>
</head>
<body>
    <h2>Account Reactivation Notice</h2>
    <p>Dear {{name}},</p>
    
    <p>Your account has been reactivated by {{reactivated_by}} at {{reactivation_time}}.</p>
    
    <p>You can now <a href="{{login_link}}">login</a> to access the system.</p>
    
    <p>If you have any questions, please contact support.</p>
    
    <p>Welcome back!<br>The System Team</p>
</body>
</html>