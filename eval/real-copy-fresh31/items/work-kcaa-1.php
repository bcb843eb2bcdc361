<!DOCTYPE html>
<html>
<head>
    <title>Account Deactivated</title>
</head>
<body>
    <h2>Account Deactivation Notice</h2>
    <p>Dear {{name}},</p>
    
    <p>Your account has been deactivated by {{deactivated_by}} at {{deactivation_time}}.</p>
    
    <p>You will no longer be able to access the system with this account.</p>
    
    <p>If you believe this was done in error, please contact 
    <a href="mailto:{{support_contact}}">support</a> for assistance.</p>
    
    <p>Best regards,<br>The System Team</p>
</body>
</html>