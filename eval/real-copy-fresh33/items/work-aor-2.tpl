<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN" "http://www.w3.org/TR/html4/loose.dtd">
<html>
    <head>
        <meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">
        <title>User Subscription Status - #SITE_NAME#</title>
    </head>
    <body style="width:100%; border:0; padding:0; margin:0;">
        <div style="width:100%; height: 48px; padding:5px; margin-bottom:20px;background:#25313d;">
            <a href="#ROOT_URL#">
                <img src="#ROOT_URL#images/logo.png" style="float: right; padding-right: 40px; max-height: 46px;" />
            </a>
            <h3 style="color:#fff;margin: 0; padding: 14px 0 0 10px">#SUBJECT#</h3>
        </div>


        <p>Dear #USER_NAME#,</p> 
        <p>You have been Subscribed to new Package.</p>
        <p><strong>Here is your Package info : </strong></p>
        Plan Name   : #PLAN_NAME#
        Paid Amount : #PAID_AMOUNT#
        Apply Date  : #SUBSCRIBE_AT#
        Expire Date : #EXPIRES_AT#

        <p><small>Thanks and Regards,<br /><a href="#ROOT_URL#">#SITE_NAME#</a> Support Team</small></p>
        <div style="width:100%; margin-top:20px; border-top:4px solid #005288;"></div>
        <small>Copyright &copy; #YEAR# #SITE_NAME#, All rights reserved.</small><br /><br>
        <small>This message was sent to #USER_EMAIL# by #MAIL_FROM#</small><br>
        <small>To forward this message, please do not use the forward button of your email application, because this message was made specifically for you only. Instead use the forward page in our newsletter system.</small><br>
        <small>To ensure delivery of future emails, add #MAIL_FROM# to your address book. More Tips: Gmail users: Click the Not Spam button; Hotmail users: Click the Mark as Safe link</small>
    </body>
</html>