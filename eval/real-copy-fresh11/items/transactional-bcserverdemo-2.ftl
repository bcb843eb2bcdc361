<#import "../../mail_template.ftl" as c />
<@c.page>
     <table border="0" width="100%" cellpadding="0" cellspacing="0" align="center" style="border-spacing: 0;">
     	<tr>
     		<td bgcolor="#FFFFFF" class="content-block-guidelines" style="font-family: sans-serif; padding:15px 0; background:#ad57a2; color: #ffffff; border-collapse: collapse;">
				<div align="center">
					<table width="260" border="0" cellpadding="0" cellspacing="0">
						<tr>
           					<td width="212">
           						<img src="http://${websiteDomain}/images/title_beauty-Circle.png" width="250" height="64">
           				</td>
         			</tr>
					</table>
       			</div>
       		</td>
       	</tr>
       	
       	<tr>
			<td bgcolor="#FFFFFF" class="content-block-guidelines" style="font-family: sans-serif; text-align:left; font-size: 16px; line-height: 24px; color: #333333; border-collapse: collapse; padding: 0px 20px;">
				<br>Dear Beauty Circle user,
				<br>
				<br>Your Beauty Circle account is currently in review for a potential violation of our   
					<a href="http://www.cyberlink.com/stat/BeautyCircle/enu/terms.html">terms of service</a>. 
					We have a concern that this account is impersonating others, which violates the terms to which you agreed when you created the account in Beauty Circle.
				<br>
				<br>In order to maintain a safe and friendly Beauty Circle community, 
					<b>we require proof of identity for this account</b>. We ask that you please reply to this
					<a href="mailto:BeautyCircle_AppSupport@perfectcorp.com">email</a>	
					with a photo of your government-issued ID for verification within 48 hours or your account will be suspended.
				<br>
				<br>Thank you for your cooperation.
				<br>The Beauty Circle team
				<br>
				<br>
           		<hr width="100%" size="1" style="color:#CCCCCC;">
				<table width="100%" border="0" cellspacing="0" cellpadding="0">
  					<tr>    
    					<td align="left" valign="top" style="font-size:13px; color:#666666; line-height:18px; text-align:left;">
    						If you have any questions or concerns about receiving this email, please contact us.
    						<br>
    						<br>
    					</td>
 					</tr>
  				</table>             
 			</td>
		</tr>
	</table>
</@c.page>