<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta name="viewport" content="width=device-width, user-scalable=no">
<title>jeevansathi.com</title>
</head>

<body>
<table border="0" cellspacing="0" cellpadding="0" bgcolor="#FFFFFF" style="border:1px solid #dcdcdc; max-width:575px; text-align:left" align="center">
  <tbody>
	  <tr>
<td colspan="4" style="font-size: 11px !important; font-family: Arial; color: black; padding-top: 10px;">
~$PREHEADER`
</td>
</tr>
    <tr>
      <td> ~$HEADER` </td>
    </tr>
    <tr>
      <td class="terms_condition lf extracss" style="padding:10px;"><table width="100%" border="0" cellspacing="0" cellpadding="0" style="font-family:Arial, Times New Roman, Times, serif; font-size:12px; color:#000000; text-align:left;">
          <tr>
            <td valign="top">Dear User,</td>
          </tr>
          <tr>
            <td valign="top" height="12"></td>
          </tr>
          <tr>
            <td style="color:#000000;">You have not logged in since ~$interval` days. </td>
          </tr>
          <tr>
            <td valign="top" height="12"></td>
          </tr>
          <tr>
            <td style="color:#000000;">People who login frequently rank higher in search results/recommendations and therefore receive more number of relevant interests.</td>
          </tr>
          <tr>
            <td valign="top" height="12"></td>
          </tr>
          <tr>
            <td style="color:#000000;"><a target="_blank" href="(LINK)HOME_PAGE_MYJS:profileid=~$profileid`(/LINK)">Login</a> at least once a week to continue to receive relevant interests.</td>
          </tr>
          
          <tr>
            <td colspan="2" height="16"></td>
          </tr>
          <table style="font-family:Arial,Times New Roman,Times,serif;font-size:11px;line-height:17px; color:#000000; -webkit-text-size-adjust: none;" width="100%" border="0" cellpadding="0" cellspacing="0">
            <tbody>
              <tr>
                <td style="font-size:12px; padding-bottom:10px;" valign="top">Warm Regards,<br>
                  <b style="color:#c4161c;">Jeevansathi<span style="font-size:1px;"> </span><font color="#00000">.com Team</font></b></td>
              </tr>
            </tbody>
          </table>
        </table></td>
    </tr>
  ~$FOOTER`
    </tbody>
  
</table>
<img src="~sfConfig::get('app_site_url')`/track.php?MAILER_ID=~$instanceID`" style="display:none !important;overflow:hidden;line-height:0"></img>
</body>
</html>
