<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xmlns:o="urn:schemas-microsoft-com:office:office">
<head>
    <meta charset="UTF-8">
    <meta content="width=device-width, initial-scale=1" name="viewport">
    <meta name="x-apple-disable-message-reformatting">
    <meta http-equiv="X-UA-Compatible" content="IE=edge">
    <meta content="telephone=no" name="format-detection">
    <title>Top Up Fail</title>
    <!--[if (mso 16)]>
    <style type="text/css">
        a {text-decoration: none;}
    </style>
    <![endif]-->
    <!--[if gte mso 9]><style>sup { font-size: 100% !important; }</style><![endif]-->
    <!--[if gte mso 9]>
    <xml>
        <o:OfficeDocumentSettings>
            <o:AllowPNG></o:AllowPNG>
            <o:PixelsPerInch>96</o:PixelsPerInch>
        </o:OfficeDocumentSettings>
    </xml>
    <![endif]-->
    <!--[if !mso]><!-- -->
    <link href="https://fonts.googleapis.com/css?family=Poppins:400,400i,700,700i" rel="stylesheet">
    <!--<![endif]-->
    <!--[if !mso]><!-- -->
    <link href="https://fonts.googleapis.com/css?family=Lato:400,400i,700,700i" rel="stylesheet">
    <link rel="stylesheet" href="https://www.w3schools.com/w3css/4/w3.css">
    <link rel="stylesheet" href="https://maxcdn.bootstrapcdn.com/bootstrap/4.5.2/css/bootstrap.min.css">
    <!--<![endif]-->
    <style type="text/css">
        .middle {
            vertical-align:middle;
        }
    </style>
</head>
<body>
<div class="es-wrapper-color">
    <!--[if gte mso 9]>
    <v:background xmlns:v="urn:schemas-microsoft-com:vml" fill="t">
        <v:fill type="tile" color="null"></v:fill>
    </v:background>
    <![endif]-->
    <table class="es-wrapper" width="100%" cellspacing="0" cellpadding="0">
        <tr>
            <td valign="top">
                <table class="es-content table-body" cellspacing="0" cellpadding="0" align="center" style="border:solid 1px #D3D8E6; border-top: none">
                    <tr>
                        <td align="center">
                            <table class="es-content-body" style="background-color:transparent;width:600px" cellspacing="0" cellpadding="0" bgcolor="transparent" align="center">
                                <tr>
                                    <td align="left">
                                        <table width="100%" cellspacing="0" cellpadding="0">
                                            <tr>
                                                <td valign="top" align="center" style="width:600px">
                                                    <table style="background-position:center bottom;background-color:#FFFFFF;border-radius:5px;border-collapse:separate" width="100%" cellspacing="0" cellpadding="0" bgcolor="#ffffff" role="presentation">
                                                        <tr>
                                                            <td align="center" style="font-size:0">
                                                                <table border="0" width="100%" height="100%" cellpadding="0" cellspacing="0" role="presentation">
                                                                    <tr>
                                                                        <td style="border-bottom:5px solid #437FF5;background:none;height:1px;width:100%;margin:0px"></td>
                                                                    </tr>
                                                                </table></td>
                                                        </tr>
                                                        <tr>
                                                            <td align="left" class="padding-side pb-60 pt-60" style="padding:0 60px;padding-bottom:60px;padding-top:60px;font-size:0px"><img class="adapt-img" src="https://business.sheba.xyz/assets/img/statics/sBusiness.png" alt style="display:block" width="180"></td>
                                                        </tr>
                                                        <tr>
                                                            <td class="padding-side" align="left" style="padding:0 60px"><p class="message" style="opacity:1;font-family: Lato;font-size: 15px;font-weight: normal;line-height: 2;text-align: justify;">Dear {{$business_name}},<br>
                                                                    Your CSV upload has failed due to some errors. Please download the error report from the attachment to correct the errors and please retry uploading the corrected CSV to complete the Top-Up.<br>
                                                                    Thank you</p></td>
                                                        </tr>
                                                        <tr>
                                                            <td align="left"></td>
                                                        </tr>
                                                    </table></td>
                                            </tr>
                                        </table></td>
                                </tr>
                            </table></td>
                    </tr>
                </table>
                <table cellpadding="0" cellspacing="0" class="es-content" align="center">
                    <tr>
                        <td align="left">
                            <table cellpadding="0" cellspacing="0" width="100%">
                                <tr>
                                    <td align="center" valign="top" style="width:560px">
                                        <table cellpadding="0" cellspacing="0" width="100%" role="presentation">
                                            <tr>
                                                <td align="center"><h3 class="footer pt-30" style="padding-top:30px;font-family:lato, 'helvetica neue', helvetica, arial, sans-serif;opacity:0.8;line-height:19px;font-size:16px;font-weight: 600">POWERED BY SHEBA.XYZ</h3></td>
                                            </tr>
                                        </table></td>
                                </tr>
                            </table></td>
                    </tr>
                </table></td>
        </tr>
    </table>
</div>
</body>
</html>
