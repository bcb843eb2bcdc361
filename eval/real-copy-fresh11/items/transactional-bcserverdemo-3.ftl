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
				<br>Because we have not received the requested a photo of your government-issued ID within 48 hours, we have not been able to verify your identity and have suspended your account for violation of the  
					<a href="http://www.cyberlink.com/stat/BeautyCircle/enu/terms.html">Beauty Circle terms of service</a>.
				<div style="line-height: 15px">
					<br><b>FAQ:</b>
				</div>
				<br><b>Can I still use Beauty Circle?</b>
				<br>You may view the content in Beauty Circle, but you can no longer log in to your account.
				<br>
				<br><b>Can I reinstate my account?</b>
				<br>If you think that we made a mistake suspending your account, you can appeal. Please send an email to 
					<a href="mailto:BeautyCircle_AppSupport@perfectcorp.com">Beauty_Circle_Admin@perfectcorp.com</a>
					 to explain why you think that your account has been erroneously suspended, and we will review your case.	
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