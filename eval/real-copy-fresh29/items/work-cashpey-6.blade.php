<!DOCTYPE html>
<html>

<head>
    <title> Do Not Make Cash Payment Against Your Dues</title>
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <link rel="stylesheet" href="https://maxcdn.bootstrapcdn.com/bootstrap/3.4.1/css/bootstrap.min.css">
    <script src="https://ajax.googleapis.com/ajax/libs/jquery/3.5.1/jquery.min.js"></script>
    <script src="https://maxcdn.bootstrapcdn.com/bootstrap/3.4.1/js/bootstrap.min.js"></script>
</head>
<style> 

.my{

padding-left: 200px;padding-right: 200px;

}
 </style>

<body data-new-gr-c-s-loaded="14.990.0" spellcheck="false">
    <div>
        <div style="clear: both; text-align: left;">
            <p style="margin-top:0pt; margin-bottom:0pt; font-size:11pt;"><span style="height:0pt; display:block; position:absolute; z-index:-65538;">&nbsp;</span></p><img src="https://app.creditpey.co.in/storage/logo/creditpey-logo.jpeg" width="354" height="124" alt="" style="margin: 0 auto; display: block; text-align:center;">
        </div>
        <div style="clear: both; text-align: left;"><span style="font-family:Calibri;">&nbsp;</span></div>
        <p class="my">Dear {{$mailData->name}},</p>
        <p class="my">Request you not to make any payment in cash to any of our representative.</p>
        <p class="my">We do not accept cash payment and any cash payment received from any customer will not be counted as payment and will not be adjusted against your loan</p>
        <p class="my">Best regards,</p>
        <p class="my">{{cmp()->companyName}}</p>
        <p class="my"><br></p>
        <p class="my"><br></p>
    </div>
</body>

</html>