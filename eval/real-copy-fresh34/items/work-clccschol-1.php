<!DOCTYPE html>
<html lang="en">
<head>
    <meta charset="UTF-8">
    <meta name="viewport" content="width=device-width, initial-scale=1.0">
    <title>Declined Request</title>
</head>
<body>
    <p>Dear <?= $name_to ?>,</p>
    <br>

    <p>Thank you for your application for the scholarship program. We appreciate the time and effort you invested in preparing your submission.</p>
    <br>
    <p>After careful consideration, we regret to inform you that your request for the scholarship has not been approved. The selection process was highly competitive, with many outstanding applications, and we had to make difficult decisions.</p>
    <br>
    <b>Comments on the Decision:</b>
    <br>
    <p><b>Reason for Decline: </b> <?= $comment;?></p>

    <br>
    <p>While we understand this may be disappointing news, we encourage you to continue pursuing your academic and professional goals. We also invite you to apply for future opportunities that may arise.</p>
    <br>
    
    <p>If you have any questions or would like feedback on your application, please do not hesitate to contact us at [Contact Information]. We are here to support you in any way we can.</p>
    <br>
    <p>Thank you once again for your interest in the scholarship program. We wish you all the best in your future endeavors.</p>
    <hr>
    <p>Thank You.</p>
    <b>Change Life Christian Church</b><br>
    <p>*** This is a system-generated message. <b>DO NOT REPLY TO THIS EMAIL. ***</b></p>
</body>
</html>
