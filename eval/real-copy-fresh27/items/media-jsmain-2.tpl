<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<title>Jeevansathi.com</title>
</head>
<body>
<table border="0" cellspacing="0" cellpadding="0" bgcolor="#FFFFFF" style="border:1px solid #dcdcdc; max-width:575px; text-align:left" align="center">
    <tr><td style="padding-left:0px; padding-right:0px">
            ~$HEADER`</td></tr>
    <tr><td>
    <table border="0" cellspacing="0" cellpadding="0" bgcolor="#FFFFFF" style="text-align:left; font-size:12px; padding-left:10px; padding-right:10px" align="center">
    <tr>
        <td valign="top">Dear ~$user_name`</var>,</td>
        
    </tr>
    <tr><td height="8"></td></tr>
    <tr>
        <td>We are glad to have your profile on Jeevansathi. However, our system has identified another profile that has details similar to those entered by you.</td></tr>
    <tr><td height="8"></td></tr>
    <tr><td>For the benefit of all our members, Jeevansathi does not accommodate multiple profiles of the same person, and hence your profile is currently not visible to other members.</td></tr>
<tr><td height="8"></td></tr>
<tr><td>The reason our system identified your profile as duplicate may be the following:</td></tr>
<tr><td height="8"></td></tr>
<tr><td>
<ul style="list-style-type:square; padding-left: 24px; padding-top: 0px; padding-bottom: 0px; margin-bottom: 0px; margin-top: 0px">
  <li>You have created multiple profiles with the same personal details</li>
  <li>Someone else might have entered personal details matching yours by mistake</li>
</ul>
</td></tr>    
<tr><td height="8"></td></tr>
<tr><td>If you think your profile has been marked duplicate in error, we request you to call our customer care at 1800-419-6299 to make your profile visible to other members.</td></tr>
<tr><td height="8"></td></tr>
<tr><td>If you have created another profile with similar details, please delete it to start appearing in search results again.
</td></tr>
<tr><td height="10"></td></tr>
<tr><td>We look forward to hearing from you.</td></tr>
    <tr>
        <td height="20"></td>
    </tr>
    </table>
</td></tr>
    <tr>
                    <td style="padding:0 10px">
                        <table style="font-family:Arial,Times New Roman,Times,serif;font-size:11px;line-height:17px; color:#000000; -webkit-text-size-adjust: none;" width="100%" border="0" cellpadding="0" cellspacing="0">
                        <tbody>
                          <tr>
                            <td style="font-size:12px; padding-bottom:10px;" valign="top">Thanks<br>
                              <b style="color:#c4161c;">Jeevansathi  <span style="font-size:1px;"> </span><font color="#00000">Team</font></b></td>
                          </tr>
                        </tbody>
                      </table>
                    </td>
    </tr>
    <tr><td style="margin-left:0px; margin-right:0px">~$FOOTER`</td></tr>
</table>
</body>
</html>
