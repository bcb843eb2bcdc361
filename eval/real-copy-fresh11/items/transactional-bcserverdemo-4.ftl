<#import "../../mail_badProdComm_template.ftl" as c />
<@c.page>
     <table cellpadding="0" cellspacing="0" border="0" height="100%" width="100%"  style="border-spacing: 0; background: #ffffff;"><tr><td bgcolor="#F5F5F5" style="border-collapse: collapse;"> 
<table border="0" width="700" cellpadding="0" cellspacing="0" align="center" class="email-container" style="margin-top: 0px; border-spacing: 0; border: 0px;"><tr>
<td style="border-collapse: collapse;">
            
     <table border="0" width="100%" cellpadding="0" cellspacing="0" align="center" style="border-spacing: 0;">
     <tr><td><div align="center"><img src="http://www.cyberlink.com/stat/edms/english/2015/Q1/bc_confirm_email/images/title1.jpg" width="700" height="90" border="0"></div></td></tr><tr>
	<td bgcolor="#FFFFFF" class="content-block-guidelines" style="font-family: sans-serif; font-size: 16px; line-height: 24px; color: #0a0a0a; border-collapse: collapse; padding: 0px 30px 20px;">
    <BR> <strong>           Dear ${creator},</strong><br>
           <br>
            Your ${contentType} was reported by the Beauty Circle community as inappropriate. After reviewing it, we found your ${contentType} violates the Beauty Circle Terms of Service and have removed your ${contentType} titled:<br>
           <br>
          <strong><font style="color: #990066; font-size:18px;">	${comment}</font></strong><br>
           
           <p style="margin: 0 0 0px; padding: 0;"><br>
           <table width="100%" border="0" cellspacing="0" cellpadding="0">
  <tr>
    <td align="left" valign="top">For more information on the guidelines of using Beauty Circle, please visit our <a style="color:#333333" href="http://www.cyberlink.com/stat/BeautyCircle/enu/terms.html">Terms of Service</a>. </td>
  </tr>
  <tr>
    <td align="left" valign="top"><br>
      <br>
      The Beauty Circle Team
      <br></td>
  </tr>
</table>
           <hr width="100%" size="1" style="color:#CCCCCC;">
           <span style="font-size:13px; color:#666666; line-height:18px; ">If you have any questions or concerns about receiving this email, please <a href="mailto:BeautyCircle_AppSupport@cyberlink.com" style="color:#333333">contact us.</a></span>
<BR>                
                </td>
              </tr>
              </table>
</td>
      </tr></table>
</td>
    </tr></table>
</@c.page>