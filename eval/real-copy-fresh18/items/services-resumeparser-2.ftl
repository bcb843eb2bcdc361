<!DOCTYPE html>
<html>
    <head>
        <title>User Activation</title>
    </head>
    
    <body>
        <h2>Dear ${userName},</h2>
        <p>Welcome to our platform! Please click on the link below to activate your account:</p>
        
        <a href="${activationLink}">Activate Account</a>
        
        <p>It is only valid for 1hr.</p>
        <p>If you did not request this activation, please ignore this email.</p>
        
        <p>Thank you,</p>
        <p>Team Name</p>
    </body>
</html>