<!doctype html>
<html>
<head>
<meta charset="utf-8">
<title>Scholarmate - Requested to be contact with you.</title>
</head>

<body>
<table width="620" border="0" align="center" cellpadding="0" cellspacing="0" style="font-family:Arial, Helvetica, 'Microsoft YaHei' ; font-size:14px; color:#999999; background:#f7f7f4;">
  <tr>
    <td height="50" align="left" valign="middle" style="background:#666666;"><a href="${domainUrl!''}"  target="_blank"><img src="http://www.scholarmate.com/resscmwebsns/images_v5/scm_email_logo.png"  style="border:none; padding-left:20px;"></a></td>
  </tr>
  <tr>
    <td style="padding:30px;">
        <table width="100%" border="0" cellspacing="0" cellpadding="0" style="font-family:Arial, Helvetica, 'Microsoft YaHei'  ; font-size:14px; color:#333333;">
          <tr>
            <td style="font-size:14px; font-weight:bold; line-height:150%;">
                <p style="margin:0; padding:0;">${invitePsnName!''}，<span ><a href="${concernUrl!''}"  target="_blank"  style=" color:#55b1f5;text-decoration:none; ">${psnName!''}&nbsp;</a></span>requested to be contact with you.</p>
            </td>
          </tr>
          <tr>
            <td height="15">&nbsp;</td>
          </tr>
          <tr>
            <td>
                <table border="0" cellspacing="0" cellpadding="0" style=" width:100%; font-family:Arial, Helvetica, 'Microsoft YaHei' ; font-size:14px; color:#333333; background:#fff; padding:20px; border:1px solid #eaeaea; line-height:150%;">
                  <tr align="left">
                    <td align="left" valign="top"  style="width: 20%; float: left;">
                      <a href="${psnUrl!''}"  target="_blank" style=" padding:0; margin:0; float:left; margin-right:20px;">
                        <img src="${avatars!'http://www.scholarmate.com/resscmwebsns/images_v5/fulltextImg/nofulltext_img.jpg'}" align="left" width="66" height="66" style="border:1px solid #e2e2e2;border-radius:50%;">
                      </a>
                    </td>
                    <td align="left" style=" width:80%;">
                      <p style=" margin:0; padding:0; font-weight:bold;"><a  href="${psnUrl!''}"  target="_blank" style="text-decoration:none;color:#333333;">${psnName}</a></p>
                      <p  style="color:#999999; margin:0; padding:0;">${titolo!''}</p>
                      <p style="color:#999999; margin:0; padding:0;">${regions!''}</p>
                      <p style=" margin:15px 0 0 0px;font-weight:bold;">
                      <a href="${inviteUrl!''}"  target="_blank"  style=" height:26px; padding:0 20px; margin:0; margin-right:10px; line-height:26px; color:#fff; text-decoration:none; background:#55b1f5; border:1px solid #c9cdd1; display:inline-block;">Add contact</a>
                      </p>
                    </td>
                  </tr>
                </table>
            </td>
          </tr>
          <tr>
            <td valign="bottom" style=" height:30px; font-size:14px; text-align:center; color:#999999;font-style:italic;">Upload full-text and share to peers to increase citation</td>
          </tr>
        </table>
	</td>
  </tr>
</table>
 <#include "/scm_base_foot_en_US.ftl" encoding= "UTF-8">              	
</body>
</html>
