<!DOCTYPE html>
<html>
<head>
    <title> Repeated Commitments</title>
    <meta name="viewport" content="width=device-width, initial-scale=1">
  <link rel="stylesheet" href="https://maxcdn.bootstrapcdn.com/bootstrap/3.4.1/css/bootstrap.min.css">
  <script src="https://ajax.googleapis.com/ajax/libs/jquery/3.5.1/jquery.min.js"></script>
  <script src="https://maxcdn.bootstrapcdn.com/bootstrap/3.4.1/js/bootstrap.min.js"></script>
  <style type="text/css">
ul#socials li {
  display:inline;
}
</style>
</head>
<body>
    <div>
        <div style="clear: both; text-align: center;">
            <p style="margin-top:0pt; margin-bottom:0pt; font-size:11pt;"><span style="height:0pt; display:block; position:absolute; z-index:-65538;">&nbsp;</span></p><img src="https://app.creditpey.co.in/storage/logo/creditpey-logo.jpeg" width="354" height="124" alt="" style="margin: 0 auto; display: block; text-align:center;"><span style="font-family:Calibri;">&nbsp;</span>
            <p><br></p>
        </div>
    </div>
    <p style='margin-top:0cm;margin-right:0cm;margin-bottom:8.0pt;margin-left:0cm;line-height:107%;font-size:15px;font-family:"Calibri",sans-serif;'>Dear {{$mailData->name}},</p>
    <p style='margin-top:0cm;margin-right:0cm;margin-bottom:8.0pt;margin-left:0cm;line-height:107%;font-size:15px;font-family:"Calibri",sans-serif;'>&nbsp;</p>

        <p style='margin-top:0cm;margin-right:0cm;margin-bottom:8.0pt;margin-left:0cm;line-height:107%;font-size:15px;font-family:"Calibri",sans-serif;'>We are seeing that though you have been repeatedly committing that you would make your payment, but that is not happening. And now it has crossed your repayment due date by several days. </p><br>

<p style='margin-top:0cm;margin-right:0cm;margin-bottom:8.0pt;margin-left:0cm;line-height:107%;font-size:15px;font-family:"Calibri",sans-serif;'>On our part we have always tried to be as understanding as possible, given the current situation, but somehow you are repeatedly failing in your commitment to pay. We had extended the loan to you as you needed funds urgently, maybe to tackle some emergency situations. We are ready to extend the same service again and again. But on your part you have to adhere to the due date for repayment and clear your dues.</p> <br>

    <p style='margin-top:0cm;margin-right:0cm;margin-bottom:8.0pt;margin-left:0cm;line-height:107%;font-size:15px;font-family:"Calibri",sans-serif;'>You can see for yourself how many days you have delayed in making your payment. Please realize that the interest amount has piled up and may have gone beyond manageable level. How do you think you can cover that? We had spoken to you on several occasions and tried to assure you of our help and support, but at the end of the day we need your payment so we can continue being of help to you. </p><br>

       <p style='margin-top:0cm;margin-right:0cm;margin-bottom:8.0pt;margin-left:0cm;line-height:107%;font-size:15px;font-family:"Calibri",sans-serif;'>Please reply to this email giving a date when you will surely be able to pay your dues. Once you do that, we can work out something which will ease your interest burden. </p> <br>

        <p style='margin-top:0cm;margin-right:0cm;margin-bottom:8.0pt;margin-left:0cm;line-height:107%;font-size:15px;font-family:"Calibri",sans-serif;'>Looking forward to hearing from you asap. </p> <br>

	
	
    <p style="margin-right: 30px;margin-left: 30px;"><br></p>
         <p class="my" style="color: #BC5610;color: #BC5610;
    font-family: cursive;
    font-size: 14px;"><span style="
    margin-top: 40px;float: left;"></span></a>{{cmp()->companyName}} - Recovery Team </p>
    
       
    <br>    
    </div>
</body>

</html>