<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>Scholarmate - Group Invitation</title>
</head>

<body>
<table width="620" border="0" align="center" cellpadding="0" cellspacing="0" style="font-family:Arial, Helvetica, 'Microsoft YaHei'; font-size:14px; color:#999999; background:#f7f7f4;">
  <tr>
    <td height="50" align="left" valign="middle" style="background:#666666;"><a href="${domainUrl!''}"  target="_blank"><img src="http://www.scholarmate.com/resscmwebsns/images_v5/scm_email_logo.png" style="border:0;padding-left:20px;"></a></td>
  </tr>
  <tr width="100%">
    <td width="100%" style="padding:30px;">
        <table width="100%" border="0" cellspacing="0" cellpadding="0" style="font-family:Arial, Helvetica, 'Microsoft YaHei'; font-size:14px; color:#333333;">
          <tr width="100%">
          
            <td style="font-size:14px; font-weight:bold; line-height:150%;">
               <p style="margin:0; padding:0;"><span >
               <a href="${psnUrl!'#'}"   target="_blank" style=" color:#55b1f5; border:none; padding:0; margin:0; float:left; margin-right:0px; text-decoration: none;">${psnName!''}</a></span>&nbsp; invited you to join group.</p>
            </td>
          </tr>
          <tr>
            <td height="15">&nbsp;</td>
          </tr>
          <tr width="620" align="center">
            <td  width="620"  style="text-align: center;">
                
                <table border="0" cellspacing="0" cellpadding="0" style=" width:100%; font-family:Arial, Helvetica, 'Microsoft YaHei'; font-size:14px; color:#333333; background:#fff; padding:20px; border:1px solid #eaeaea; line-height:150%;">
                  <tr style="text-align: center;">
                    <td style="text-align: center;">
                    <P style=" margin:0 auto; padding:0; font-weight:bold; margin-bottom: 12px; width: 300px;">
                      <a href="${groupViewUrl!'#'}"  target="_blank"  style=" color:#333333; text-decoration:none;" >${groupName!''} </a>
                    </P>
                     <a href="${inviteUrl!'#'}" hspace="20" vspace="20" target="_blank"  style="TEXT-DECORATION: none; HEIGHT: 26px; border:  1px solid #fff; WIDTH: 72px; BACKGROUND: #55b1f5; color: #fff; padding: 5px 16px;margin: 0px auto;line-height: 26px;" vspace="10">&nbsp; &nbsp;&nbsp;&nbsp;Accept&nbsp;&nbsp;&nbsp;&nbsp;</a>
                     &nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;
                     <a href="${inviteUrl!'#'}" hspace="20" vspace="20" target="_blank" style=" height:26px; padding:5px 16px; margin:0 auto; margin-left:70px; line-height:26px; color:#666666; text-decoration:none; background:#ffffff; border:1px solid #c9cdd1;  width: 72px;" vspace="10">&nbsp;&nbsp;&nbsp;&nbsp;Ignore&nbsp;&nbsp;&nbsp;&nbsp;</a>
                    
                    </td>
                  </tr>
                </table>

            </td>
          </tr>
          <tr>
            <td height="15">&nbsp;</td>
          </tr>
         <tr width="580">
           <td width="580" height="26" valign="center" align="center" style="text-align:center; background:#55b1f5; display: block;">
            	<a href="${inviteUrl!'#'}"   target="_blank" vspace="10"   style=" width:580px; font-size:14px; font-weight:bold; text-align:center; margin:0; margin-right:10px; line-height:26px; color:#fff; text-decoration:none; background:#55b1f5; display:block; float: left;">View All Joined Groups</a>
			      </td> 
          </tr>
          <tr>
            <td valign="bottom" style=" height:30px; font-size:14px; text-align:center; color:#999999; font-style:italic;">Join project groups to improve collaboration</td>
          </tr>
        </table>
	</td>
  </tr>
  </table>
  <#include "/scm_base_foot_en_US.ftl" encoding= "UTF-8">
</body>
</html>