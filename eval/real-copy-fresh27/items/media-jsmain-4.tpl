<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>jeevansathi.com</title>
</head>

<body>
<table style="max-width:600px; min-width:240px; border:1px solid #dcdcdc;"  border="0" cellspacing="0" cellpadding="0" align="center">
	<tr>
<td colspan="4" style="font-size: 11px !important; font-family: Arial; color: black; padding-top: 10px;">
~$PREHEADER`
</td>
</tr>
    <tr>
<td colspan="4" style="font-size: 11px !important; font-family: Arial; color: black; padding-top: 10px;">
This Email contains links which let you to directly login to your account. So forward this Email only to people you can completely trust.
</td>
</tr>
  <tr>
    <td style="border-bottom:1px solid #ededed"><table cellspacing="0" cellpadding="0" border="0" width="100%">
        <tr>
          <td width="373" height="52" style="padding-left:10px;"><div><img border="0" align="left" vspace="0" hspace="0" style="max-width:204px; width:inherit;" alt="Jeevansathi.com" src="~$IMG_URL`/images/jspc/commonimg/logo1.png"></div></td>
          <td width="189" valign="middle" style="padding-right:10px;"><table cellspacing="0" cellpadding="0" border="0" align="right" width="189">
              <tr>
                <td align="right" valign="middle" height="50" style="vertical-align:middle;"><a style="font-size:12px; color:#14428e; font-family:Arial, Helvetica, sans-serif;text-decoration: none;" target="_blank" href="(LINK)COMPLETE_PROFILE:profileid=~$profileid`(/LINK)">My Profile</a> | <a style="font-size:12px; color:#14428e; font-family:Arial, Helvetica, sans-serif;text-decoration: none;" target="_blank" href="(LINK)SUGGESTED_MATCHES:profileid=~$profileid`(/LINK)">My Matches</a></td>
              </tr>
            </table></td>
        </tr>
      </table></td>
  </tr>
  <tr>
  <td>
  <table style="max-width:600px; min-width:240px; font-family:Arial, Helvetica, sans-serif; font-size:12px" border="0" cellspacing="0" cellpadding="0">
  <tr>
    <td width="20"></td>
    <td valign="middle" height="35">
   Hi <var>{{NAME_PROFILE:profileid=~$profileid`}}</var>,
</td>
    <td width="20" height="25"></td>
  </tr>
  <tr>
    <td width="20"></td>
   <td>
<var>{{USERNAME:profileid=~$otherProfile`}}</var> has declined your expression of interest. </td>
    <td width="20"></td>
  </tr>
</table>

  </td>	
  </tr>
 
  <tr>
  <td width="600" valign="top" align="left">
  <table width="100%" border="0" cellspacing="0" cellpadding="0">
  <tr><td height="10"></td></tr>
  <tr>
    <td> <table style="max-width:280px; min-width:240px" border="0" cellspacing="0" cellpadding="0" align="left">
    <tr>
    <td></td>
    <td height="25"><a style="font-family:Arial, Helvetica, sans-serif; font-size:12px; color:#14428e; text-decoration:none;" target="_blank" href="(LINK)DETAILED_PROFILE_HOME:profileid=~$profileid`,receiver_id=~$otherProfile`(/LINK)"><var>{{USERNAME:profileid=~$otherProfile`}}</var></a> <var>{{PAIDSTATUS:profileid=~$otherProfile`}}</var></td>
    </tr>
  <tr>
    <td width="20"></td>
    <td width="280">
    <table width="110" border="0" cellspacing="0" cellpadding="0" align="left">
  <tr>
 <td width="133"><a href="(LINK)DETAILED_PROFILE_HOME:profileid=~$profileid`,receiver_id=~$otherProfile`(/LINK)" style="text-decoration:none; color:#0f529d;" target="_blank"><img border="0"  align="left" width="100" vspace="0" hspace="0" height="133" src="(PHOTO)PROFILE_PIC:receiver_id=~$profileid`,profileid=~$otherProfile`,photo_type=search(/PHOTO)" style="border:1px solid #e6e6e6;"></a></td>
  </tr>
  <tr><td height="15"></td></tr>
  <tr>
    <td height=""></td>
  </tr>
</table>
<table width="150" border="0" cellspacing="0" cellpadding="0" style="font-family:Arial, Verdana; font-size:12px; color:#000000;-webkit-text-size-adjust: none; text-align:left;">
  <tr>
    <td width="5"></td>
    <td><var>{{AGE:profileid=~$otherProfile`}}</var>yrs; <var>{{HEIGHT:profileid=~$otherProfile`}}</var></td>
  </tr>
  <tr>
     <td width="5"></td>
    <td><var>{{RELIGION_CASTE_VALUE_TEMPLATE:profileid=~$otherProfile`}}<var></td>
  </tr>
  <tr>
     <td width="5"></td>
    <td><var>{{MTONGUE:profileid=~$otherProfile`}}</var></td>
  </tr>
  <tr>
     <td width="5"></td>
    <td><var>{{EDUCATION:profileid=~$otherProfile`}}</var></td>
  </tr>
    <tr>
    <td width="5"></td>
    <td><var>{{OCCUPATION:profileid=~$otherProfile`}}</var></td>
  </tr>
    <tr>
    <td width="5"></td>
    <td><var>{{INCOME:profileid=~$otherProfile`}}</var></td>
  </tr>
    <tr>
   <td width="5"></td>
    <td><var>{{CITY_WITH_COUNTRY:profileid=~$otherProfile`}}</var></td>
  </tr>
    <tr><td height="10"></td></tr>
</table>

    
    </td>
  </tr>
</table>
  </td>
  </tr>
  
  <tr>
    <td></td>
  </tr>
 
  <tr>
    <td><table  style="max-width:600px; min-width:240px" border="0" cellspacing="0" cellpadding="0">
  
</table></td>
  </tr>
  
 
</table>
  
  

  </td>
  </tr>

  <tr><td width="600" valign="top">
  <table style=" font-family:Arial, Helvetica, sans-serif; font-size:12px" border="0" cellspacing="0" cellpadding="0" width="100%">
  <td style="color:#4a4a4a;" >
</td>
    
  </tr>
  
  <tr>
   
    	<td  width="600"  >
</td>
    
  </tr>
  <tr>
   
    	<td colspan="2" width="600"><table style="max-width:600px; min-width:240px" border="0" cellspacing="0" cellpadding="0">
 
</table>

              		

              </td>
    
  </tr>
  
   
   
 
   
   <tr>
    
    	<td height="10" style="border-top:1px solid #eae9e9"><img align="left" width="6" vspace="0" hspace="0" height="10" src="~$IMG_URL`/images/mailer/ADRM/spacer.gif"></td>
    
  </tr>
  
  
  
  <tr>
 
    	<td>
        <table align="left" style="max-width:340px; min-width:240px;" border="0" cellspacing="0" cellpadding="0">
  <tr>
    <td>
    
                  
    </td>
  </tr>
</table>

        
        </td>
    
  </tr>
  <tr>
   
    	<td>
        <table style="max-width:600px" border="0" cellspacing="0" cellpadding="0">
  <tr>
    <td width="20"></td>
    <td width="560">
    <strong>Your interest could be declined due to the following ~if $lowscore lte 55`reasons~else`reason~/if` :</strong>
    <table width="100%" border="0" cellspacing="0" cellpadding="0">
  <tr>
    <td width="15"><img src="~$IMG_URL`/images/mailer/ADRM/point.jpg" /></td>
    <td height="25">Your profile doesn't meet this member's set criteria</td>
  </tr>
  ~if $lowscore lte 55`
  <tr>
    <td height="25"><img src="~$IMG_URL`/images/mailer/ADRM/point.jpg" /></td>
    <td>Your profile needs more information ~if $photo eq 0` and photo ~/if`</td>
  </tr>
  ~elseif $photo eq 0`
  <tr>
    <td height="25"><img src="~$IMG_URL`/images/mailer/ADRM/point.jpg" /></td>
    <td>Your photo is missing</td>
  </tr>
  ~/if`
</table>
    </td>
    <td  width="20"></td>
  </tr>
~if $lowscore lte 55 or $photo eq 0`
  <tr>
    <td style="border-bottom:1px #c1bfbf dotted"></td>
    <td height="10" style="border-bottom:1px #c1bfbf dotted"></td>
    <td style="border-bottom:1px #c1bfbf dotted"></td>
  </tr>
~/if`
  <tr>
    <td></td>
    <td height="10"></td>
    <td></td>
  </tr>
  ~if $lowscore lte 55 or $photo eq 0`
  <tr>
    <td height="15"></td>
    <td>
    <strong>To increase chances of acceptances :</strong>
    <table width="100%" border="0" cellspacing="0" cellpadding="0">
  ~if $photo eq 0`
  <tr>
    <td width="15"><img src="~$IMG_URL`/images/mailer/ADRM/point.jpg" /></td>
    <td height="25"><a href="(LINK)UPLOAD_PHOTO:profileid=~$profileid`(/LINK)" style="color:#003a7e; text-decoration:underline;">Upload Your Photo</a> </td>
  </tr>
  ~/if`
  ~if $lowscore lte 55`
  <tr>
    <td height="25"><img src="~$IMG_URL`/images/mailer/ADRM/point.jpg" /></td>
    <td><a href="(LINK)DETAILED_PROFILE_HOME:receiver_id=~$profileid`,profileid=~$profileid`(/LINK)" style="color:#003a7e; text-decoration:underline;">Add More Information</a></td>
  </tr>
  ~/if`
</table>
    </td>
    <td></td>
  </tr>
  ~/if`
  <tr>
    <td height="10"></td>
    <td></td>
    <td></td>
  </tr>
</table>

        </td>
    
  </tr>
  ~if $sugcount gt 0`
   <tr>
  <td valign="top" width="100%">
  <table width="100%" border="0" cellspacing="0" cellpadding="0">
    <tr>
    <td width="10px"></td>
    <td width="580px">
    <table width="100%" border="0" cellspacing="0" cellpadding="0">
  <tr>
    <td height="25" valign="top">Express Interest in these people who match your desired partner preferences:</td>
  </tr>
  <tr>
   ~$suggested_profiles`
  </tr>
</table>

  </td>
  </tr>
</table>
</td>
   <td width="10px"></td>
  </tr>
</table>

</td>
  </tr>
  <tr>
  <td height="10"></td>
  </tr>
  <tr>
  <td><table style="max-width:600px;" border="0" cellspacing="0" cellpadding="0">
  <tr>
    <td width="20"></td>
    <td align="right" width="560"><a href="(LINK)SUGGESTED_MATCHES:profileid=~$profileid`(/LINK)" style="color:#0f529d">View All</a></td>
    <td width="20"></td>
  </tr>
</table>
</td>
  
  </tr>
  ~/if`
  <tr>
    
    	<td valign="top" height="30" >
        <table style="max-width:600px; min-width:240px"  border="0" cellspacing="0" cellpadding="0">
  <tr>
    <td width="20"></td>
    <td style=" font-family: Arial, Helvetica, sans-serif; font-size:12px;">Wish you success in your search.</td>
  </tr>
</table>

        </td>
   
  </tr>
  
  <tr>
   
    	<td valign="top"><table style="max-width:600px; min-width:240px" border="0" cellspacing="0" cellpadding="0">
  <tr>
    <td width="20"></td>
    <td style=" font-family: Arial, Helvetica, sans-serif; font-size:12px;">Warm Regards,<br>
                          <b style="color:#c4161c;">Jeevansathi</b><span style="font-size:1px;"> </span><b color="#00000">.com Team</b></td>
  </tr>
</table>
</td>
    
  </tr>
  
  <tr>
    
    	<td height="40"></td>
   
  </tr>
  
  <tr>
 
    	<td align="center" valign="top" height="20"><font face="Tahoma, Geneva, sans-serif" style="font-size:12px;">Got any Questions?</font></td>
    
  </tr>
   
    <tr>
    
    	<td height="40">
        <table cellspacing="0" cellpadding="0" border="0" align="left" width="241" style="font-family:Tahoma, Geneva, sans-serif; font-size:11px; color:#555555; text-align:left">
              <tr>
              <td width="15"></td>
                <td width="23"><img align="left" width="23" vspace="0" hspace="0" height="20" src="~$IMG_URL`/images/mailer/ADRM/icon1.gif"></td>
                <td><var>{{TOLLNO:profileid=~$profileid`}}</var> (Toll Free) or <var>{{NOIDALANDL}}</var></td>
              </tr>
              <tr>
                <td height="8" colspan="2"></td>
              </tr>
            </table>
            <table cellspacing="0" cellpadding="0" border="0" align="left" width="158" style="font-family:Tahoma, Geneva, sans-serif; font-size:11px; color:#555555; text-align:left">
              <tr>
              <td width="15"></td>
                <td width="28" height="20"><img align="left" width="28" vspace="0" hspace="0" height="14" src="~$IMG_URL`/images/mailer/ADRM/msg_IC.gif"></td>
                <td><a style="color:#0f529d; text-decoration:underline;" target="_blank" href="mailto:help@jeevansathi.com">help@jeevansathi.com </a></td>
              </tr>
              <tr>
                <td height="8" colspan="2"></td>
              </tr>
            </table>
            <table cellspacing="0" cellpadding="0" border="0" align="left" width="165" style="font-family:Tahoma, Geneva, sans-serif; font-size:11px; color:#555555; text-align:left">
              <tr>
              <td width="15"></td>
                <td width="18" height="20"><img align="left" width="18" vspace="0" hspace="0" height="18" src="~$IMG_URL`/images/mailer/ADRM/visitIC.gif"></td>
                <td>Visit any of our <a style="color:#0f529d; text-decoration:underline;" target="_blank" href="(LINK)ALLCENTRESLOCATIONS:profileid=~$profileid`(/LINK)">60+centres</a></td>
              </tr>
              <tr>
                <td height="8" colspan="2"></td>
              </tr>
            </table>
        </td>
    
  </tr>
  
   <tr>
    
    	<td align="center" valign="top" height="20"><font face="Tahoma, Geneva, sans-serif" style="font-size:12px;">----- More Value, Less Money -----</font>
        <table cellspacing="0" cellpadding="0" border="0" bgcolor="#f0f0f0" align="center"  style="font-family:Tahoma, Geneva, sans-serif; font-size:11px; color:#555555; text-align:center; max-width:570px; min-width:240px;">
                  <tr>
                    <td width="148" height="36" style="border:1px dashed #c4c3c3; border-top:0px;">LOWEST<br>Price per Contact </td>
                    <td width="148" style="border:1px dashed #c4c3c3; border-left:0px; border-top:0px;">MAXIMUM<br>Benefits per Month</td>
                     <td width="148" height="36" style="border:1px dashed #c4c3c3; border-top:0px;">BIGGEST<br>Savings per Plan </td>
                    <td width="148" style="border:1px dashed #c4c3c3; border-left:0px; border-top:0px;">ON CALL<br>Customer Service</td>
                  </tr>
                </table>
        </td>
    
  </tr>
  
   
   <tr>
  <td align="center" height="31" style="font-size:11px;">You have received this mail because your e-mail ID is registered with Jeevansathi.com. This is a system-generated e-mail, please don't reply to this message. The profiles sent in this mail have been posted by registered members of Jeevansathi.com. Jeevansathi.com has taken all reasonable steps to ensure that the information in this mailer is authentic. Users are advised to research bonafides of these profiles independently. To stop receiving these mails <a style="text-decoration:none;" target="_blank" href="(LINK)UNSUBSCRIBE:profileid=~$profileid`(/LINK)"><font color="#7d7b7b" face="Tahoma, Geneva, sans-serif" style="font-size:11px;"><u>Unsubscribe</u>.</font></a></td>
  </tr>
</table>

  </td></tr>
  <tr>
  <td align="center" width="600px">
  <table width="98%" border="0" cellspacing="0" cellpadding="0" align="center">
  <tr>
    <td> 
</td>
  </tr>
</table>

 
  </td>
  </tr>
 
</table>

</body>
</html>
