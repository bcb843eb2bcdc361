<!DOCTYPE html>
<html lang="en">
<head>
	<meta charset="utf-8">
	<meta http-equiv="X-UA-Compatible" content="IE=edge">
	<meta name="viewport" content="width=device-width, initial-scale=1">
	<title>XpressTek Software Subscription Confirmation</title>
</head>
<body>
    <h3>Hello {{ $user->name }} !</h3>
    <div>
        <span>
            This is a notification that your subscription for XpressTek Software has ended.             
        </span>
    </div>
    <div>
        If you would like to continue using the application,
        please log-in into your account to renew.
    </div>
    <hr />
    <div>
        Please contact sales@xpresstek.net if you have any concerns or questions 
        regarding your trial or subscription.
    </div>
     <hr />
     <div>
         Sincerely,
         
         
         XpressTek Support Team
     </div>
</body>
</html>
