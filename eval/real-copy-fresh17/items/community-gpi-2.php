<!DOCTYPE html>
<html lang="en">
<head>
    <meta charset="UTF-8">
    <meta name="viewport" content="width=device-width, initial-scale=1.0">
    <title>Membership Account Deactivated</title>
</head>
<body>
    <p>Dear <?= $name_to ?></p>
    <br>

    <p>We are writing to inform you that your membership account with God's People's Initiative (GPI) has been deactivated. This decision was made after careful consideration and is effective immediately.</p>

    <p>While your account is no longer active, we greatly value the time you spent with us and your contributions to GPI's mission. We encourage you to stay connected with GPI and explore other ways to support our initiatives.</p>

    <p>If you have any questions or believe this action was taken in error, please feel free to contact us through our official channels.</p>
    <br>
    <hr>
    <p>Thank You.</p>
    <b>God's People's Initiative</b><br>
    <p>*** This is a system-generated message. <b>DO NOT REPLY TO THIS EMAIL. ***</b></p>
</body>
</html>
