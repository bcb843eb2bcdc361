<!DOCTYPE html>
<html lang="en">
<head>
    <meta charset="UTF-8">
    <meta name="viewport" content="width=device-width, initial-scale=1.0">
    <title>Membership Request Declined</title>
</head>
<body>
    <p>Dear <?= $name_to ?>,</p>
    <br>

    <p>Thank you for your interest in joining God's People's Initiative (GPI). We sincerely appreciate the time and effort you put into your application.</p>

    <p>After careful consideration, we regret to inform you that your request for membership has been declined at this time. Our decision is based on a variety of factors, and we encourage you to continue supporting GPI's mission in other ways.</p>

    <p>Should circumstances change in the future, we welcome you to reapply.</p>
    <br>
    <hr>
    <p>Thank You.</p>
    <b>God's People's Initiative</b><br>
    <p>*** This is a system-generated message. <b>DO NOT REPLY TO THIS EMAIL. ***</b></p>
</body>
</html>
