<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
  <meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
  <meta name="viewport" content="width=device-width, user-scalable=no">
  <title>jeevansathi.com</title>
  <style>
    @media screen and (max-width: 384px) {
      #logoTd {
        padding:0px !important;
      }
    }
  </style>
</head>

<body>
  <table border="0" cellspacing="0" cellpadding="0" bgcolor="#FFFFFF" style="border:1px solid #dcdcdc; max-width:575px; text-align:left" align="center">
    <tr><table width="100%" border="0" cellspacing="0" cellpadding="0" height="52">
      <tr>
      <td width="100%" height="10" style="font-family:Arial; font-size:11px; color:#000000; padding:10px;">~$PREHEADER`</td>
      </tr>
      <tr>
        <td width="30%" id="logoTd" style="padding-left:10px; padding-right:10px;" height="52"><div><a href='~$SITE_URL`' target="_blank"><img src="~$IMG_URL`/images/jspc/commonimg/logo1.png" alt="Jeevansathi.com" align="left" border="0" vspace="0" hspace="0" style="max-width:204px; width:inherit;max-height:52px;"></a></div></td>
        <td width="70%" height="52" style="padding-right:10px;"><table width="120" border="0" cellspacing="0" cellpadding="0" align="right">
          <tr>
            <td width="24"><img src="~$IMG_URL`/images/mailer/revampMailer/iconTop.gif" align="left" border="0" vspace="0" hspace="0" width="24" height="23"></td>
            <td align="left"><font face="Tahoma, Geneva, sans-serif" color="#555555" style="font-size:12px;"><var>{{TOLLNO}}</var></font></td>
          </tr>
        </table></tr>
        <tr>

        </tr>
      </table></td>
      <div border="0" cellpadding="0" cellspacing="0" align="left" style="font-family:Arial; font-size:12px; color:#474646;    padding: 0px 10px;">
        <br><br>Dear ~$username`,<br><br>Your profile has been deleted because of the following reason:<br><br> <b>~$reason`</b>
        <br><br>In case of any issue, please contact us on help@jeevansathi.com and 1-800-419-6299.<br><br>Regards,<br>Jeevansathi.com Team
      </div>
      <table border="0" cellspacing="0" cellpadding="0" bgcolor="#FFFFFF" style="border:1px solid #dcdcdc; max-width:575px; text-align:left;    margin-top: 40px;" align="center">
        ~$FOOTER`
      </table>
    </body>
    </html>