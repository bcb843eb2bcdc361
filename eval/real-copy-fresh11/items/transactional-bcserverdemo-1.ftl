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
				<br>This message is to inform you that your Beauty Circle account has been suspended. In order to maintain a safe and friendly Beauty Circle community, we suspend accounts found to be in violation of the 
					<a href="http://www.cyberlink.com/stat/BeautyCircle/enu/terms.html">Beauty Circle terms of service</a>.
				<div style="line-height: 15px">
					<br><b>FAQ:</b>
				</div>
				<br><b>Why was my account suspended?</b>
				<br>Common reasons for suspension may include, but are not limited to the following cases:
				<br><![if !supportLists]><span style='font-size:18.0pt;font-family:"新細明體","serif";color:#333333'><span style='mso-list:Ignore'>•<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp; </span></span></span><![endif]>
					<b><span style='font-family:"Arial","sans-serif";color:#333333'>Copyright infringement: </span></b>Use of works protected by copyright law without permission
				<br><![if !supportLists]><span style='font-size:18.0pt;font-family:"新細明體","serif";color:#333333'><span style='mso-list:Ignore'>•<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp; </span></span></span><![endif]>
					<b><span style='font-family:"Arial","sans-serif";color:#333333'>Nudity or pornography: </span></b>Posing content that is considered indecent or pornographic
				<br><![if !supportLists]><span style='font-size:18.0pt;font-family:"新細明體","serif";color:#333333'><span style='mso-list:Ignore'>•<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp; </span></span></span><![endif]>
					<b><span style='font-family:"Arial","sans-serif";color:#333333'>Impersonation: </span></b>Portraying another person in a confusing or deceptive manner 
				<br><![if !supportLists]><span style='font-size:18.0pt;font-family:"新細明體","serif";color:#333333'><span style='mso-list:Ignore'>•<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp; </span></span></span><![endif]>
					<b><span style='font-family:"Arial","sans-serif";color:#333333'>Abusive behavior: </span></b>Engaging in abusive behavior, like sending threats to others
					<br><![if !supportLists]><span style='font-size:18.0pt;font-family:"新細明體","serif";color:#333333'><span style='mso-list:Ignore'>•<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp; </span></span></span><![endif]>
					<b><span style='font-family:"Arial","sans-serif";color:#333333'>Spam: </span></b>Accounts deemed fake or those introducing security risks for Beauty Circle and our users
				<br>
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