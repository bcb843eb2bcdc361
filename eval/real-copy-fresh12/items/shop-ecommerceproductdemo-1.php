<!DOCTYPE html>
<html lang="en">
<head>

<title>Payment Failed</title>
</head>
<body style="width:100%; max-width: 660px; min-width: 300px; margin: 0 auto;">

<span style="color:transparent; display:none; height:0; opacity:0; visibility:hidden; width:0">We tried to process your payment but had no luck. Please take a look at your billing information.</span>
  
<table align="center" style="padding:30px;margin-top:10px;" width="100%">
  <tbody>
  	<tr>
    	<td style="padding-right:30px; padding-left:30px; padding-top:50px; padding-bottom:50px; color:#717171; font-family:arial; font-size:14px; border: 0px;border-radius:8px;box-shadow: 0 0 4px 0 rgba(0, 0, 0, 0.1);">
        <span style="font-size:25px;"><b>Uh oh, your payment failed :(</b></span>
        <br><br>We tried to process your payment but had no luck. The system will attempt the transaction for the next days.
        <br><br>If all transaction attempts failed, all traffic will <strong>be redirected back to the origin server</strong> until the payment has been cleared. 
        <br><br>We suggest you review your billing information and make changes if necessary.

    		<br><br><br><br>
        <center><a href="/products" style="background-color:#534ce8; padding-left:30px; padding-right:30px; padding-top:15px; padding-bottom:15px; text-decoration: none; border-radius:5px;font-size:13px; color:#fff;">CHANGE PAYMENT METHOD</a></center>
        <br><br>
       
      </td>
  	</tr>
  </tbody>
</table>
  
</body>
</html>