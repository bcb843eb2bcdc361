<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN" "http://www.w3.org/TR/html4/loose.dtd">
<html>
    <head>
        <meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">
        <title>#SUBJECT#</title>
    </head>
    <body style="width:100%; border:0; padding:0; margin:0;">
        <div style="width:100%; height: 48px; padding:5px; margin-bottom:20px;background:#25313d;">
            <img src="#ROOT_URL#images/logo.png" style="float: right; padding-right: 40px; max-height: 46px;" />
            <h3 style="color:#fff;margin: 0; padding: 14px 0 0 10px">#SUBJECT#</h3>
        </div>
        <p>Hello #SUBSCRIBER_NAME#,</p>
        <p>This email was sent automatically in response to your request to unsubscribe to our service.</p>

        <div style="padding: 10px; border: 1px solid #ccc; margin-bottom: 15px; vertical-align: middle">
            <p>To Unsubscribe, either click on the below button or click on the link or copy and paste the following link (expires in 1 hour) into the address bar of your browser: <br /><a href="#UNSUBSCRIBE_LINK#">#UNSUBSCRIBE_LINK#</a></p>
            <p>&nbsp;</p>
            <p>
                <a href="#UNSUBSCRIBE_LINK#" style="padding:10px 20px; border: 1px solid #ccc; text-decoration: none; color: #fff; background: #25313d;">Reset Password</a>
            </p>
        </div>
        <p>If you did not request a new password, please ignore this email.</p>
        <p>&nbsp;</p>
        <p>Thanks and Regards,<br /><a href="#ROOT_URL#">#SITE_NAME#</a> Team</p>
        <div style="width:100%; margin-top:20px; border-top:4px solid #e0e0e0;"></div>
        <small>Copyright &copy; #YEAR# #SITE_NAME#, All rights reserved.</small><br />
        <small>To ensure delivery of future emails, add #MAIL_FROM# to your address book. More Tips: Gmail users: Click the Not Spam button; Hotmail users: Click the Mark as Safe link</small>
    </body>
</html>