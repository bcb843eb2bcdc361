<!DOCTYPE html>
<html>
<head>
    <title>Time Sheet Reminder</title>
</head>
<body>
    <h2>Time Sheet Reminder</h2>
    <p>Dear ${UserName},</p>
    
    <p>This is a friendly reminder to fill out your time sheet for Lastday.</p>
    
    <p>Properly maintaining your time sheet helps in accurate record keeping and ensures that our projects are well tracked.</p>
    
    <p>Please log in to the system and submit your time sheet for the day.</p>
    
    <p>Thank you for your attention to this matter.</p>
    
    <p>Sincerely,</p>
    <p>Your Time Sheet Administrator</p>
</body>
</html>
