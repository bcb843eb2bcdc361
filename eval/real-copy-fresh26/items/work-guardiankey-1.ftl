<html>
  <head>
     <meta charset="UTF-8">
  </head> 
  <style>
.fa {
 display:inline-block;
 font:normal normal normal 14px/1 FontAwesome;
 font-size:inherit;
 text-rendering:auto;
 -webkit-font-smoothing:antialiased;
 -moz-osx-font-smoothing:grayscale
}

.fa-linkedin-square:before {
 content:"\f08c"
}

.fa-youtube-square:before {
 content:"\f166"
}
.fa-youtube:before {
 content:"\f167"
}
</style>
<body>
<div marginwidth="0" marginheight="0" style="margin:0;padding:0;height:100%;width:100%;background-color:#f9f9f9;">
    <center>
      <table style="border-collapse:collapse;height:100%;margin:0;padding:0;width:100%;background-color:#f9f9f9" cellspacing="0" cellpadding="0" border="0" align="center" width="100%" height="100%" >
          <tbody><tr>
            <td style="height:100%;margin:0;padding:40px;width:100%;font-family:Helvetica,Arial,sans-serif;line-height:160%" valign="top" align="center">
              
              <table style="border-collapse:collapse;width:600px;background-color:#ffffff;border:1px solid #d9d9d9" cellspacing="0" cellpadding="0" border="0">
                <tbody><tr>
                  <td style="font-family:Helvetica,Arial,sans-serif;line-height:160%" valign="top" align="center">
                    
                    <table style="border-collapse:collapse" width="100%" cellspacing="0" cellpadding="0" border="0" align="center">
                        <tbody><tr>
                          <td style="background-color:#691b1b;font-family:Helvetica,Arial,sans-serif;line-height:160%;padding-top:40px;padding-bottom:40px;background:#691b1b" align="center">
                            <div style="color:white;font-size:35px">
                             <h2 style="text-align:center">Security Alert!</h2>
                            </div>
                          </td>
                        </tr>
                    </tbody></table>
                    
                  </td>
                </tr>
                  <tr>
<td style="font-family:Helvetica,Arial,sans-serif;line-height:160%;color:#404040;font-size:16px;padding-top:64px;padding-bottom:60px;padding-right:72px;padding-left:72px;background:#ffffff">
  <div style="font-family:Helvetica,Arial,sans-serif;line-height:160%;padding-bottom:32px;text-align:center;color:black;">     

<p>We recently detected a new access to your account at ${SYSTEM_URL}.</p>

<center>
<table border="0" width="100%">
<tr><td style="text-align:right">Username:   </td><td style="text-align:left">&nbsp;${USERNAME}</td></tr>
<tr><td style="text-align:right">Date:       </td><td style="text-align:left">&nbsp;${DATETIME}</td></tr>
<tr><td style="text-align:right">System:     </td><td style="text-align:left">&nbsp;${SYSTEM}</td></tr>
<tr><td style="text-align:right">Location:   </td><td style="text-align:left">&nbsp;${LOCATION}</td></tr>
<tr><td style="text-align:right">IP address: </td><td style="text-align:left">&nbsp;${IPADDRESS}</td></tr>
</table>
</center>
  
<p>Please, open our access verification page below to confirm or not if it was you!
Our system learns with your responses to provide an intelligent security.</p>

<b>Access verification page:</b> <a href="${CHECKURL}" target="_blank">${CHECKURL}</a>  
              
</div>

</td>
</tr>
</tbody></table>

<table style="border-collapse:collapse" width="600px">
<tbody><tr>
  <td  style="font-family:Helvetica,Arial,sans-serif;line-height:160%;padding:0px 0px 0px 0px;background:#f7f7f7;color:#777;font-size:13px;text-align:center">
<br>
<p style="margin:0">GuardianKey</p>
    </td>
  </tr>
</tbody></table>
 
        </td>
      </tr>
    </tbody></table>
</center>

</div>
</body>
</html>
