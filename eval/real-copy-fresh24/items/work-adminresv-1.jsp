<!doctype html>
<html>
<head>
<meta charset="UTF-8">
<title>Session Expired</title>
<link href="static/css/global.css" rel="stylesheet" type="text/css">
<!--
<link type="text/css" rel="stylesheet" href="http://fonts.googleapis.com/css?family=Open+Sans:300,300italic,400,400italic,600,600italic,700,700italic">
-->
</head>

<body>
<!-- Header starts -->
<header id="branding">
  <div class="top-line"></div>
  <div id="logo"><a href="javascript:donothing();"><img  src="/logo/logo.png" height="60"></a></div>
  <div id="navbar">
    <div class="adminloginText">Session Expired</div>
  </div>
</header>
<!-- Header ends --> 
<!-- Body starts -->
<div id="main">
  <div class="generalContainer">
    <h2>Session Expired - Re-login</h2>
    <table width="100%" border="1" cellspacing="0" cellpadding="0">
      <tr>
        <td width="25%" valign="top"><img src="static/images/expire.png" width="100" height="150"></td>
        <td width="75%" style="vertical-align:top">For your safety, the information that you entered for the  AppointmentDesk Admin site is no longer available. This safety feature  is activated when you are done and/or Logout from AppointmentDesk Admin  or 15 mins of inactivity.<br>
          <br>
          Not showing the information that you've entered while using the service  is intended to protect your privacy and identity. It prevents future  users of this computer from being able to view your personal data by  clicking the "BACK" button on the browser.
          <div class="center-align">
            <input type="button" value="Log In" class="btn" style="margin-top:40px;" onClick="window.location='login.html'">
          </div></td>
      </tr>
    </table>
  </div>
</div>
<!-- Body ends -->
</body>
</html>
