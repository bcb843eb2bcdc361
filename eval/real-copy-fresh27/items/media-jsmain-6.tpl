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
<table border="0" cellpadding="0" cellspacing="0" align="center" style="font-family:Arial; font-size:12px; color:#474646;">
	<tr>
	<td width="566" height="10" align="center" style="font-family:Arial; font-size:11px; color:#000000;">~$PREHEADER`</td>
	</tr>
</table>
<table border="0" cellspacing="0" cellpadding="0" bgcolor="#FFFFFF" style="border:1px solid #dcdcdc; max-width:575px; text-align:left" align="center">
  <tr>
    <td><table width="100%" border="0" cellspacing="0" cellpadding="0" height="52">
        <tr>
          <td width="30%" id="logoTd" style="padding-left:10px; padding-right:10px;" height="52"><div><a href='~$SITE_URL`' target="_blank"><img src="~$IMG_URL`/images/jspc/commonimg/logo1.png" alt="Jeevansathi.com" align="left" border="0" vspace="0" hspace="0" style="max-width:204px; width:inherit;max-height:52px;"></a></div></td>
          <td width="70%" height="52" style="padding-right:10px;"><table width="120" border="0" cellspacing="0" cellpadding="0" align="right">
              <tr>
                <td width="24"><img src="~$IMG_URL`/images/mailer/revampMailer/iconTop.gif" align="left" border="0" vspace="0" hspace="0" width="24" height="23"></td>
                <td align="left"><font face="Tahoma, Geneva, sans-serif" color="#555555" style="font-size:12px;"><var>{{TOLLNO}}</var></font></td>
              </tr>
            </table></td>
        </tr>
      </table></td>
  </tr>
  <tr>
    <td width="575"><table width="100%" border="0" cellspacing="0" cellpadding="0" style="">
       
        <tr>
          <td colspan="3" height="14"></td>
        </tr>
        <tr>
          <td width="22"><img src="~$IMG_URL`/images/mailer/revampMailer/spacer.gif" width="6" height="1" vspace="0" hspace="0" align="left" /></td>
          <td width="531"><table width="100%" border="0" cellspacing="0" cellpadding="0" style="font-family:Arial, Times New Roman, Times, serif; font-size:12px; color:#000000; text-align:left;">
              <tr>
                <td>
                  <table width="100%" cellpadding="0" cellspacing="0">
                      <tr>
                          <td>Dear <var>{{NAME_PROFILE:profileid=~$profileid`}}</var>,</td>
                        </tr>
                    
                    </table>
                </td>
              </tr>
              <tr>
                
                      <td valign="top"><br /><font color="#000000">
                      You had reported <var>{{USERNAME:profileid=~$otherProfile`}}</var>'s contact no. ~$number` as invalid on ~$date`. We have looked into it and found that the phone number may not be valid. Hence, as promised, we have added one contact to your quota. Your revised contact quota is <b>~$quota`</b>.

                      </font></td>
              </tr>
            
            </table></td>
          <td width="22"><img src="~$IMG_URL`/images/mailer/revampMailer/spacer.gif" width="6" height="1" vspace="0" hspace="0" align="left" /></td>
        </tr>
        <tr>
          <td colspan="3" height="27"></td>
        </tr>
        <tr>
          <td></td>
          <td><table style="font-family:Arial" border="0" cellpadding="0" cellspacing="0" width="100%">
              <tr>
                <td style="font-size:12px;" valign="top" height="35">Thanks for helping us in making Jeevansathi a trusted platform.</td>
              </tr>
              <tr>
                <td style="font-size:12px;" valign="top" height="35">All the best in your partner search</td>
              </tr>
              <tr>
                <td><table style="font-family:Arial,Times New Roman,Times,serif;font-size:11px;line-height:17px; color:#000000; -webkit-text-size-adjust: none;" width="100%" border="0" cellpadding="0" cellspacing="0">
                    <tbody>
                      <tr>
                        <td style="font-size:12px; padding-bottom:10px;" valign="top">Warm Regards,<br>
                          <b style="color:#c4161c;">Jeevansathi<span style="font-size:1px;"> </span><font color="#00000">.com Team</font></b></td>
                      </tr>
                    </tbody>
                  </table></td>
              </tr>
            </table></td>
          <td></td>
        </tr>
      </table></td>
  </tr>
  ~$FOOTER`
</table>
</body>
</html>