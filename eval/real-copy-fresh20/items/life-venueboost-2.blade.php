<!DOCTYPE HTML PUBLIC "-//W3C//DTD XHTML 1.0 Transitional //EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office">
<head>
    <!--[if gte mso 9]>
    <xml>
        <o:OfficeDocumentSettings>
            <o:AllowPNG/>
            <o:PixelsPerInch>96</o:PixelsPerInch>
        </o:OfficeDocumentSettings>
    </xml>
    <![endif]-->
    <meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
    <meta name="viewport" content="width=device-width, initial-scale=1.0">
    <meta name="x-apple-disable-message-reformatting">
    <!--[if !mso]>
               <!-->
    <meta http-equiv="X-UA-Compatible" content="IE=edge">
    <!--


                  <![endif]-->
    <title></title>
    <style type="text/css">
        @media only screen and (min-width: 620px) {
            .u-row {
                width: 600px !important;
            }

            .u-row .u-col {
                vertical-align: top;
            }

            .u-row .u-col-100 {
                width: 600px !important;
            }
        }

        @media (max-width: 620px) {
            .u-row-container {
                max-width: 100% !important;
                padding-left: 0px !important;
                padding-right: 0px !important;
            }

            .u-row .u-col {
                min-width: 320px !important;
                max-width: 100% !important;
                display: block !important;
            }

            .u-row {
                width: 100% !important;
            }

            .u-col {
                width: 100% !important;
            }

            .u-col>div {
                margin: 0 auto;
            }
        }

        body {
            margin: 0;
            padding: 0;
        }

        table,
        tr,
        td {
            vertical-align: top;
            border-collapse: collapse;
        }

        p {
            margin: 0;
        }

        .ie-container table,
        .mso-container table {
            table-layout: fixed;
        }

        * {
            line-height: inherit;
        }

        a[x-apple-data-detectors='true'] {
            color: inherit !important;
            text-decoration: none !important;
        }

        @media (min-width: 0px) {
            .hide-default__display-table {
                display: table !important;
                mso-hide: unset !important;
            }
        }

        @media (max-width: 480px) {
            .hide-mobile {
                max-height: 0px;
                overflow: hidden;
                display: none !important;
            }
        }

        @media (min-width: 481px) {
            .hide-desktop {
                max-height: 0px;
                overflow: hidden;
                display: none !important;
            }
        }

        table,
        td {
            color: #000000;
        }

        #u_body a {
            color: #2E273C;
            text-decoration: underline;
        }

        @media (max-width: 480px) {
            #u_content_text_2 .v-container-padding-padding {
                padding: 20px !important;
            }

            #u_content_text_8 .v-container-padding-padding {
                padding: 30px 10px 10px !important;
            }

            #u_content_text_10 .v-container-padding-padding {
                padding: 0px 10px 10px !important;
            }

            #u_content_button_1 .v-size-width {
                width: 65% !important;
            }

            #u_content_button_1 .v-text-align {
                text-align: center !important;
            }

            #u_content_button_1 .v-border-radius {
                border-radius: 50px !important;
                -webkit-border-radius: 50px !important;
                -moz-border-radius: 50px !important;
            }

            #u_content_text_4 .v-container-padding-padding {
                padding: 30px 10px 10px !important;
            }

            #u_content_text_5 .v-container-padding-padding {
                padding: 20px 10px 20px !important;
            }

            #u_content_text_5 .v-color {
                color: #000000 !important;
            }

            #u_content_text_6 .v-container-padding-padding {
                padding: 20px !important;
            }

            #u_content_text_9 .v-container-padding-padding {
                padding: 20px !important;
            }
        }
    </style>
    <!--[if !mso]>
                  <!-->
    <link href="https://fonts.googleapis.com/css?family=Raleway:400,700&display=swap" rel="stylesheet" type="text/css">
    <!--


                     <![endif]-->
</head>
<body class="clean-body u_body" style="margin: 0;padding: 0;-webkit-text-size-adjust: 100%;background-color: #ffffff;color: #000000; font-family: 'Manrope', sans-serif;
margin: 0;
padding: 0;
background-color: #f5f5f5;">
<!--[if IE]>
<div class="ie-container">
<![endif]-->
<!--[if mso]>
<div class="mso-container">
<![endif]-->
<table id="u_body" style="border-collapse: collapse;table-layout: fixed;border-spacing: 0;mso-table-lspace: 0pt;mso-table-rspace: 0pt;vertical-align: top;min-width: 320px;Margin: 0 auto;background-color: #ffffff;width:100%" cellpadding="0" cellspacing="0">
    <tbody>
    <tr style="vertical-align: top">
        <td style="word-break: break-word;border-collapse: collapse !important;vertical-align: top">
            <!--[if (mso)|(IE)]>
            <table width="100%" cellpadding="0" cellspacing="0" border="0">
                <tr>
                    <td align="center" style="background-color: #ffffff;">
            <![endif]-->
            <div class="u-row-container" style="padding: 0px;background-color: #ececec">
                <div class="u-row" style="margin: 0 auto;min-width: 320px;max-width: 600px;overflow-wrap: break-word;word-wrap: break-word;word-break: break-word;background-color: transparent; ">
                    <div style="border-collapse: collapse;display: table;width: 100%;height: 100%;background-color: transparent;">
                        <!--[if (mso)|(IE)]>
                        <table width="100%" cellpadding="0" cellspacing="0" border="0">
                            <tr>
                                <td style="padding: 0px;background-color: #ececec;" align="center">
                                    <table cellpadding="0" cellspacing="0" border="0" style="width:600px;">
                                        <tr style="background-color: transparent;">
                        <![endif]-->
                        <!--[if (mso)|(IE)]>
                        <td align="center" width="600" style="width: 600px;padding: 0px;border-top: 0px solid transparent;border-left: 0px solid transparent;border-right: 0px solid transparent;border-bottom: 0px solid transparent;border-radius: 0px;-webkit-border-radius: 0px; -moz-border-radius: 0px;" valign="top">
                        <![endif]-->
                        <div class="u-col u-col-100" style="max-width: 320px;min-width: 600px;display: table-cell;vertical-align: top;">
                            <div style="height: 100%;width: 100% !important;border-radius: 0px;-webkit-border-radius: 0px; -moz-border-radius: 0px;">
                                <!--[if (!mso)&(!IE)]>
                                                                                                                      <!-->
                                <div style="box-sizing: border-box; height: 100%; padding: 0px;border-top: 0px solid transparent;border-left: 0px solid transparent;border-right: 0px solid transparent;border-bottom: 0px solid transparent;border-radius: 0px;-webkit-border-radius: 0px; -moz-border-radius: 0px;">
                                    <!--


                                                                                                                            <![endif]-->
                                    <table id="u_content_text_2" style="font-family:'Raleway',sans-serif;" role="presentation" cellpadding="0" cellspacing="0" width="100%" border="0">
                                        <tbody>
                                        <tr>
                                            <td class="v-container-padding-padding" style="overflow-wrap:break-word;word-break:break-word;padding:24px;font-family:'Raleway',sans-serif;" align="left">
                                                <div class="v-color v-text-align" style="font-size: 14px; line-height: 140%; text-align: center; word-wrap: break-word;">
                                                    <p style="line-height: 140%;">
                                                    <div class="logo" style="text-align: center;">
                                                        <img src="{{ asset('storage/bb-apartments-logo.png') }}" alt="By Best Apartments Logo" style="width: 10%"  class="fr-fic fr-dii"/>
                                                    </div>
                                                    </p>
                                                </div>
                                            </td>
                                        </tr>
                                        </tbody>
                                    </table>
                                    <!--[if (!mso)&(!IE)]>
                                                                                                                            <!-->
                                </div>
                                <!--


                                                                                                                      <![endif]-->
                            </div>
                        </div>
                        <!--[if (mso)|(IE)]>
                        </td>
                        <![endif]-->
                        <!--[if (mso)|(IE)]>
                        </tr>
                        </table>
                        </td>
                        </tr>
                        </table>
                        <![endif]-->
                    </div>
                </div>
            </div>
            <div class="u-row-container" style="padding: 0px;background-color: #ececec">
                <div class="u-row" style="margin: 0 auto;min-width: 320px;max-width: 600px;overflow-wrap: break-word;word-wrap: break-word;word-break: break-word;background-color: transparent; max-width: 600px;
                margin: 0 auto;
                border: 1px solid #ddd;
                padding: 24px;
                border-radius: 16px;
                background-color: #fff;
                text-align: left;
                overflow: hidden;">
                    <div style="border-collapse: collapse;display: table;width: 100%;height: 100%;background-color: transparent;">
                        <!--[if (mso)|(IE)]>
                        <table width="100%" cellpadding="0" cellspacing="0" border="0">
                            <tr>
                                <td style="padding: 0px;background-color: #ececec;" align="center">
                                    <table cellpadding="0" cellspacing="0" border="0" style="width:600px;">
                                        <tr style="background-color: transparent;">
                        <![endif]-->
                        <!--[if (mso)|(IE)]>
                        <td align="center" width="600" style="background-color: #ffffff;width: 600px;padding: 0px;border-top: 0px solid transparent;border-left: 0px solid transparent;border-right: 0px solid transparent;border-bottom: 0px solid transparent;border-radius: 0px;-webkit-border-radius: 0px; -moz-border-radius: 0px;" valign="top">
                        <![endif]-->
                        <div class="u-col u-col-100" style="max-width: 320px;min-width: 600px;display: table-cell;vertical-align: top;">
                            <div style="background-color: #ffffff;height: 100%;width: 100% !important;border-radius: 0px;-webkit-border-radius: 0px; -moz-border-radius: 0px;">
                                <!--[if (!mso)&(!IE)]>
                                                                                                                      <!-->
                                <div style="box-sizing: border-box; height: 100%; padding: 0px;border-top: 0px solid transparent;border-left: 0px solid transparent;border-right: 0px solid transparent;border-bottom: 0px solid transparent;border-radius: 0px;-webkit-border-radius: 0px; -moz-border-radius: 0px; ">
                                    <!--


                                                                                                                            <![endif]-->

                                    <center style="">
                                        <table cellpadding="0" style="max-width:640px;border-collapse:collapse!important;border-spacing:0px!important;color:#222222!important;display:table!important;font-family:'Raleway',sans-serif;margin-left:auto!important;margin-right:auto!important;padding:0px!important;vertical-align:top!important;width:100%!important">
                                            <tbody>
                                            <tr style="margin:0px!important">
                                                <td>
                                                    <div style="border-radius:12px;overflow:hidden">
                                                        <table cellpadding="0" style="border-collapse:collapse;border-spacing:0;width:100%">
                                                            <tbody>
                                                            <tr style="margin:0px!important">
                                                                <td style="padding-bottom: 20px; text-align: center;">
                                                                    <table cellpadding="0" style="border-collapse:collapse;border-spacing:0;width:100%">
                                                                        <tbody>
                                                                        <tr style="margin:0px!important">
                                                                            <td>
                                                                                <span style="color: #000; font-size: 32px;line-height: 46px; font-weight: bold; font-family: 'Manrope', Arial, sans-serif; margin: 0;">You’re going to {{$rental_unit_booking_confirmation_data['rental_unit_name']}}!</span>
                                                                            </td>
                                                                        </tr>
                                                                        </tbody>
                                                                    </table>
                                                                </td>
                                                            </tr>
                                                            </tbody>
                                                        </table>
                                                        <table cellpadding="0" style="border-collapse:collapse;border-spacing:0;width:100%">
                                                            <tbody>
                                                            <tr style="margin:0px!important">
                                                                <td >
                                                                    <table cellpadding="0" style="border-collapse:collapse;border-spacing:0;width:100%">
                                                                        <tbody>
                                                                        <tr style="margin:0px!important">
                                                                            <td style="padding: 20px 0">
                                                                                <table cellpadding="0" style="border-collapse:collapse;border-spacing:0;width:100%">
                                                                                    <tbody>
                                                                                    <tr style="margin:0px!important">
                                                                                        <td>
                                                                                            <a href="#" style="font-family:'Raleway',sans-serif;font-size:18px;line-height:28px;font-weight:400;color:#222222;text-decoration:none!important" rel="noreferrer noopener" target="_blank">
                                                                                                <table cellpadding="0" style="border-collapse:collapse;border-spacing:0;width:100%">
                                                                                                    <tbody>
                                                                                                    <tr style="margin:0px!important">
                                                                                                        <td>
                                                                                                            <div>
                                                                                                                <h2 style="font-size:20px;line-height:24px;color:#222222;font-family:'Raleway',sans-serif;font-weight:800;margin:0">{{$rental_unit_booking_confirmation_data['rental_unit_name']}}</h2>
                                                                                                            </div>
                                                                                                        </td>
                                                                                                    </tr>
                                                                                                    </tbody>
                                                                                                </table>
                                                                                                <table cellpadding="0" style="border-collapse:collapse;border-spacing:0;width:100%">
                                                                                                    <tbody>
                                                                                                    <tr style="margin:0px!important">
                                                                                                        <td style="padding-top:20px">
                                                                                                            <div style="font-size:18px;line-height:28px;margin:0;font-weight:400!important">
                                                                                                                <p style="font-size: 16px; line-height: 1.5; color: #333;">{{$rental_unit_booking_confirmation_data['rental_type']}} hosted by {{$rental_unit_booking_confirmation_data['rental_unit_host']}}</p>
                                                                                                            </div>
                                                                                                        </td>
                                                                                                    </tr>
                                                                                                    </tbody>
                                                                                                </table>
                                                                                            </a>
                                                                                        </td>
                                                                                    </tr>
                                                                                    </tbody>
                                                                                </table>
                                                                            </td>
                                                                        </tr>
                                                                        </tbody>
                                                                    </table>
                                                                </td>
                                                            </tr>
                                                            </tbody>
                                                        </table>
                                                        <table cellpadding="0" style="border-collapse:collapse;border-spacing:0;width:100%">
                                                            <tbody>
                                                            <tr style="margin:0px!important">
                                                                <td >
                                                                    <table width="100%" style="border-spacing:0px!important">
                                                                        <tbody>
                                                                        <tr>
                                                                            <td style="padding:0px!important;border-top:1px solid #dddddd!important" width="100%"></td>
                                                                        </tr>
                                                                        </tbody>
                                                                    </table>
                                                                </td>
                                                            </tr>
                                                            </tbody>
                                                        </table>
                                                        <table cellpadding="0" style="border-collapse:collapse;border-spacing:0;width:100%">
                                                            <tbody>
                                                            <tr style="margin:0px!important">
                                                                <td style="padding: 20px 0">
                                                                    <table cellpadding="0" style="border-collapse:collapse;border-spacing:0;width:100%">
                                                                        <tbody>
                                                                        <tr style="margin:0px!important">
                                                                            <td style="padding-bottom:8px">
                                                                                <div>
                                                                                    <h2 style="font-size:20px;line-height:24px;color:#222222;font-family:'Raleway',sans-serif;font-weight:800;margin:0">Check in</h2>
                                                                                </div>
                                                                            </td>
                                                                        </tr>
                                                                        </tbody>
                                                                    </table>
                                                                    <table cellpadding="0" style="border-collapse:collapse;border-spacing:0;width:100%">
                                                                        <tbody>
                                                                        <tr style="margin:0px!important">
                                                                            <td>
                                                                                <div style="font-size:18px;line-height:28px;margin:0;font-weight:400!important">
                                                                                    <p style="font-size:18px;line-height:28px;font-family:'Raleway',sans-serif;margin:0!important;font-weight:400!important">{{$rental_unit_booking_confirmation_data['check_in_date']}} <br>Check-in is anytime after {{$rental_unit_booking_confirmation_data['rental_unit_check_in_form']}} </p>
                                                                                </div>
                                                                            </td>
                                                                        </tr>
                                                                        </tbody>
                                                                    </table>
                                                                    <table cellpadding="0" style="border-collapse:collapse;border-spacing:0;width:100%">
                                                                        <tbody>
                                                                        <tr style="margin:0px!important">
                                                                            <td style="padding-bottom:8px;padding-top:16px">
                                                                                <div>
                                                                                    <h2 style="font-size:22px;line-height:26px;color:#222222;font-family:'Raleway',sans-serif;font-weight:800;margin:0">Check out</h2>
                                                                                </div>
                                                                            </td>
                                                                        </tr>
                                                                        </tbody>
                                                                    </table>
                                                                    <table cellpadding="0" style="border-collapse:collapse;border-spacing:0;width:100%">
                                                                        <tbody>
                                                                        <tr style="margin:0px!important">
                                                                            <td>
                                                                                <div style="font-size:18px;line-height:28px;margin:0;font-weight:400!important">
                                                                                    <p style="font-size:18px;line-height:28px;font-family:'Raleway',sans-serif;margin:0!important;font-weight:400!important"> {{$rental_unit_booking_confirmation_data['check_out_date']}} <br>Checkout by  {{$rental_unit_booking_confirmation_data['rental_unit_checkout_until']}} </p>
                                                                                </div>
                                                                            </td>
                                                                        </tr>
                                                                        </tbody>
                                                                    </table>
                                                                </td>
                                                            </tr>
                                                            </tbody>
                                                        </table>
                                                        <table cellpadding="0" style="border-collapse:collapse;border-spacing:0;width:100%">
                                                            <tbody>
                                                            <tr style="margin:0px!important">
                                                                <td style="">
                                                                    <table cellpadding="0" style="border-collapse:collapse;border-spacing:0;width:100%">
                                                                        <tbody>
                                                                        <tr style="margin:0px!important">
                                                                            <td style="">
                                                                                <table cellpadding="0" style="border-collapse:collapse;border-spacing:0;width:100%">
                                                                                    <tbody>
                                                                                    <tr style="margin:0px!important">
                                                                                        <td>
                                                                                            <table cellpadding="0" style="border-collapse:collapse;border-spacing:0;width:100%">
                                                                                                <tbody>
                                                                                                <tr style="margin:0px!important">
                                                                                                    <td>
                                                                                                        <table cellpadding="0" style="border-collapse:collapse;border-spacing:0;width:100%">
                                                                                                            <tbody>
                                                                                                            <tr style="margin:0px!important">
                                                                                                                <td style="padding-bottom:8px">
                                                                                                                    <div>
                                                                                                                        <h2 style="font-size:22px;line-height:26px;color:#222222;font-family:'Raleway',sans-serif;font-weight:800;margin:0">Address</h2>
                                                                                                                    </div>
                                                                                                                </td>
                                                                                                            </tr>
                                                                                                            </tbody>
                                                                                                        </table>
                                                                                                    </td>
                                                                                                </tr>
                                                                                                <tr style="margin:0px!important">
                                                                                                    <td width="60%" style="padding-right:8px">
                                                                                                        <table cellpadding="0" style="border-collapse:collapse;border-spacing:0;width:100%">
                                                                                                            <tbody>
                                                                                                            <tr style="margin:0px!important">
                                                                                                                <td style="padding-bottom:0px">
                                                                                                                    <div style="font-size:18px;line-height:28px;margin:0;font-weight:400!important">
                                                                                                                        <p style="font-size:18px;line-height:28px;font-family:'Raleway',sans-serif;margin:0!important;font-weight:400!important">{{$rental_unit_booking_confirmation_data['rental_unit_address']}}</p>
                                                                                                                    </div>
                                                                                                                </td>
                                                                                                            </tr>
                                                                                                            </tbody>
                                                                                                        </table>
                                                                                                    </td>
                                                                                                </tr>
                                                                                                </tbody>
                                                                                            </table>
                                                                                        </td>
                                                                                    </tr>
                                                                                    </tbody>
                                                                                </table>
                                                                            </td>
                                                                        </tr>
                                                                        </tbody>
                                                                    </table>
                                                                </td>
                                                            </tr>
                                                            </tbody>
                                                        </table>
                                                        <table cellpadding="0" style="border-collapse:collapse;border-spacing:0;width:100%">
                                                            <tbody>
                                                            <tr style="margin:0px!important">
                                                                <td style="padding: 20px 0;">
                                                                    <table width="100%" style="border-spacing:0px!important">
                                                                        <tbody>
                                                                        <tr>
                                                                            <td style="padding:0px!important;border-top:1px solid #dddddd!important" width="100%"></td>
                                                                        </tr>
                                                                        </tbody>
                                                                    </table>
                                                                </td>
                                                            </tr>
                                                            </tbody>
                                                        </table>
                                                        <table cellpadding="0" style="border-collapse:collapse;border-spacing:0;width:100%">
                                                            <tbody>
                                                            <tr style="margin:0px!important">
                                                                <td style="">
                                                                    <table cellpadding="0" style="border-collapse:collapse;border-spacing:0;width:100%">
                                                                        <tbody>
                                                                        <tr style="margin:0px!important">
                                                                            <td style="">
                                                                                <table cellpadding="0" style="border-collapse:collapse;border-spacing:0;width:100%">
                                                                                    <tbody>
                                                                                    <tr style="margin:0px!important">
                                                                                        <td>
                                                                                            <table cellpadding="0" style="border-collapse:collapse;border-spacing:0;width:100%">
                                                                                                <tbody>
                                                                                                <tr style="margin:0px!important">
                                                                                                    <td>
                                                                                                        <table cellpadding="0" style="border-collapse:collapse;border-spacing:0;width:100%">
                                                                                                            <tbody>
                                                                                                            <tr style="margin:0px!important">
                                                                                                                <td style="padding-bottom:8px">
                                                                                                                    <div>
                                                                                                                        <h2 style="font-size:22px;line-height:26px;color:#222222;font-family:'Raleway',sans-serif;font-weight:800;margin:0">Guests</h2>
                                                                                                                    </div>
                                                                                                                </td>
                                                                                                            </tr>
                                                                                                            </tbody>
                                                                                                        </table>
                                                                                                    </td>
                                                                                                </tr>
                                                                                                <tr style="margin:0px!important">
                                                                                                    <td width="60%" style="padding-right:8px">
                                                                                                        <table cellpadding="0" style="border-collapse:collapse;border-spacing:0;width:100%">
                                                                                                            <tbody>
                                                                                                            <tr style="margin:0px!important">
                                                                                                                <td style="padding-bottom:0px">
                                                                                                                    <div style="font-size:18px;line-height:28px;margin:0;font-weight:400!important">
                                                                                                                        <p style="font-size:18px;line-height:28px;font-family:'Raleway',sans-serif;margin:0!important;font-weight:400!important">{{$rental_unit_booking_confirmation_data['nr_of_guests']}}</p>
                                                                                                                    </div>
                                                                                                                </td>
                                                                                                            </tr>
                                                                                                            </tbody>
                                                                                                        </table>
                                                                                                    </td>
                                                                                                </tr>
                                                                                                </tbody>
                                                                                            </table>
                                                                                        </td>
                                                                                    </tr>
                                                                                    </tbody>
                                                                                </table>
                                                                            </td>
                                                                        </tr>
                                                                        </tbody>
                                                                    </table>
                                                                </td>
                                                            </tr>
                                                            </tbody>
                                                        </table>
                                                        <table cellpadding="0" style="border-collapse:collapse;border-spacing:0;width:100%">
                                                            <tbody>
                                                            <tr style="margin:0px!important">
                                                                <td style="padding: 20px 0;">
                                                                    <table cellpadding="0" style="border-collapse:collapse;border-spacing:0;width:100%">
                                                                        <tbody>
                                                                        <tr style="margin:0px!important">
                                                                            <td style="">
                                                                                <table width="100%" style="border-spacing:0px!important">
                                                                                    <tbody>
                                                                                    <tr>
                                                                                        <td style="padding:0px!important;border-top:1px solid #dddddd!important" width="100%"></td>
                                                                                    </tr>
                                                                                    </tbody>
                                                                                </table>
                                                                            </td>
                                                                        </tr>
                                                                        </tbody>
                                                                    </table>
                                                                </td>
                                                            </tr>
                                                            </tbody>
                                                        </table>
                                                        <table cellpadding="0" style="border-collapse:collapse;border-spacing:0;width:100%">
                                                            <tbody>
                                                            <tr style="margin:0px!important">
                                                                <td style="">
                                                                    <table cellpadding="0" style="border-collapse:collapse;border-spacing:0;width:100%">
                                                                        <tbody>
                                                                        <tr style="margin:0px!important">
                                                                            <td style="">
                                                                                <table cellpadding="0" style="border-collapse:collapse;border-spacing:0;width:100%">
                                                                                    <tbody>
                                                                                    <tr style="margin:0px!important">
                                                                                        <td style="padding-bottom:24px">
                                                                                            <div>
                                                                                                <h2 style="font-size:22px;line-height:26px;color:#222222;font-family:'Raleway',sans-serif;font-weight:800;margin:0">Payments</h2>
                                                                                            </div>
                                                                                        </td>
                                                                                    </tr>
                                                                                    </tbody>
                                                                                </table>
                                                                            </td>
                                                                        </tr>
                                                                        </tbody>
                                                                    </table>
                                                                    <table cellpadding="0" style="border-collapse:collapse;border-spacing:0;width:100%">
                                                                        <tbody>
                                                                        <tr style="margin:0px!important">
                                                                            <td style="">
                                                                                <table cellpadding="0" style="border-collapse:collapse;border-spacing:0;width:100%">
                                                                                    <tbody>
                                                                                    <tr style="margin:0px!important">
                                                                                        <td valign="top" width="70%">
                                                                                            <table cellpadding="0" style="border-collapse:collapse;border-spacing:0;width:100%">
                                                                                                <tbody>
                                                                                                <tr style="margin:0px!important">
                                                                                                    <td>
                                                                                                        <p style="font-size:18px;line-height:28px;font-family:'Raleway',sans-serif;margin:0!important;font-weight:400!important"> {{$rental_unit_booking_confirmation_data['payment_method']}}</p>
                                                                                                    </td>
                                                                                                </tr>
                                                                                                </tbody>
                                                                                            </table>
                                                                                            <table cellpadding="0" style="border-collapse:collapse;border-spacing:0;width:100%">
                                                                                                <tbody>
                                                                                                <tr style="margin:0px!important">
                                                                                                    <td style="padding-top:4px">
                                                                                                        <div style="font-size:14px;line-height:20px;margin:0;font-weight:400!important">
                                                                                                            <p style="font-size:14px;line-height:20px;font-family:'Raleway',sans-serif;margin:0!important;font-weight:400!important"> {{$rental_unit_booking_confirmation_data['booking_date']}}</p>
                                                                                                        </div>
                                                                                                    </td>
                                                                                                </tr>
                                                                                                </tbody>
                                                                                            </table>
                                                                                        </td>
                                                                                        <td valign="top" style="padding-left:16px">
                                                                                            <table cellpadding="0" style="border-collapse:collapse;border-spacing:0;width:100%">
                                                                                                <tbody>
                                                                                                <tr style="margin:0px!important">
                                                                                                    <td style="text-align:right!important">
                                                                                                        <p style="font-size:18px;line-height:28px;font-family:'Raleway',sans-serif;margin:0!important;font-weight:400!important">{{$rental_unit_booking_confirmation_data['currency']}}&nbsp;{{$rental_unit_booking_confirmation_data['prepayment_amount']}}</p>
                                                                                                    </td>
                                                                                                </tr>
                                                                                                </tbody>
                                                                                            </table>
                                                                                        </td>
                                                                                    </tr>
                                                                                    </tbody>
                                                                                </table>
                                                                            </td>
                                                                        </tr>
                                                                        </tbody>
                                                                    </table>
                                                                    <table cellpadding="0" style="border-collapse:collapse;border-spacing:0;width:100%">
                                                                        <tbody>
                                                                        <tr style="margin:0px!important">
                                                                            <td style="">
                                                                                <table cellpadding="0" style="border-collapse:collapse;border-spacing:0;width:100%">
                                                                                    <tbody>
                                                                                    <tr style="margin:0px!important">
                                                                                        <td valign="top" width="70%">
                                                                                            <table cellpadding="0" style="border-collapse:collapse;border-spacing:0;width:100%">
                                                                                                <tbody>
                                                                                                <tr style="margin:0px!important">
                                                                                                    <td>
                                                                                                        <div>
                                                                                                            <h3 style="font-size:18px;line-height:22px;color:#222222;font-family:'Raleway',sans-serif;font-weight:800;margin:0">Amount paid (EUR)</h3>
                                                                                                        </div>
                                                                                                    </td>
                                                                                                </tr>
                                                                                                </tbody>
                                                                                            </table>
                                                                                        </td>
                                                                                        <td valign="top" style="padding-left:16px">
                                                                                            <table cellpadding="0" style="border-collapse:collapse;border-spacing:0;width:100%">
                                                                                                <tbody>
                                                                                                <tr style="margin:0px!important">
                                                                                                    <td style="text-align:right!important">
                                                                                                        <div>
                                                                                                            <h3 style="font-size:18px;line-height:22px;color:#222222;font-family:'Raleway',sans-serif;font-weight:800;margin:0;text-align:right!important">{{$rental_unit_booking_confirmation_data['currency']}}&nbsp;{{$rental_unit_booking_confirmation_data['prepayment_amount']}}</h3>
                                                                                                        </div>
                                                                                                    </td>
                                                                                                </tr>
                                                                                                </tbody>
                                                                                            </table>
                                                                                        </td>
                                                                                    </tr>
                                                                                    </tbody>
                                                                                </table>
                                                                            </td>
                                                                        </tr>
                                                                        </tbody>
                                                                    </table>
                                                                </td>
                                                            </tr>
                                                            </tbody>
                                                        </table>
                                                        <table cellpadding="0" style="border-collapse:collapse;border-spacing:0;width:100%">
                                                            <tbody>
                                                            <tr style="margin:0px!important">
                                                                <td style="padding: 20px 0">
                                                                    <table width="100%" style="border-spacing:0px!important">
                                                                        <tbody>
                                                                        <tr>
                                                                            <td style="padding:0px!important;border-top:1px solid #dddddd!important" width="100%"></td>
                                                                        </tr>
                                                                        </tbody>
                                                                    </table>
                                                                </td>
                                                            </tr>
                                                            </tbody>
                                                        </table>
                                                        <table cellpadding="0" style="border-collapse:collapse;border-spacing:0;width:100%">
                                                            <tbody>
                                                            <tr style="margin:0px!important">
                                                                <td style="">
                                                                    <table cellpadding="0" style="border-collapse:collapse;border-spacing:0;width:100%">
                                                                        <tbody>
                                                                        <tr style="margin:0px!important">
                                                                            <td style="">
                                                                                <table cellpadding="0" style="border-collapse:collapse;border-spacing:0;width:100%">
                                                                                    <tbody>
                                                                                    <tr style="margin:0px!important">
                                                                                        <td>
                                                                                            <div>
                                                                                                <h2 style="font-size:22px;line-height:26px;color:#222222;font-family:'Raleway',sans-serif;font-weight:800;margin:0">Confirmation code</h2>
                                                                                            </div>
                                                                                        </td>
                                                                                    </tr>
                                                                                    </tbody>
                                                                                </table>
                                                                                <table cellpadding="0" style="border-collapse:collapse;border-spacing:0;width:100%">
                                                                                    <tbody>
                                                                                    <tr style="margin:0px!important">
                                                                                        <td style="padding-top:8px">
                                                                                            <div style="font-size:18px;line-height:28px;margin:0">
                                                                                                <p style="font-size:18px;line-height:28px;font-family:'Raleway',sans-serif;margin:0!important">{{$rental_unit_booking_confirmation_data['confirmation_code']}}</p>
                                                                                            </div>
                                                                                        </td>
                                                                                    </tr>
                                                                                    </tbody>
                                                                                </table>
                                                                            </td>
                                                                        </tr>
                                                                        </tbody>
                                                                    </table>
                                                                </td>
                                                            </tr>
                                                            </tbody>
                                                        </table>
                                                        <table cellpadding="0" style="border-collapse:collapse;border-spacing:0;width:100%">
                                                            <tbody>
                                                            <tr style="margin:0px!important">
                                                                <td style="padding: 20px 0">
                                                                    <table width="100%" style="border-spacing:0px!important">
                                                                        <tbody>
                                                                        <tr>
                                                                            <td style="padding:0px!important;border-top:1px solid #dddddd!important" width="100%"></td>
                                                                        </tr>
                                                                        </tbody>
                                                                    </table>
                                                                </td>
                                                            </tr>
                                                            </tbody>
                                                        </table>


                                                        <table cellpadding="0" style="border-collapse: collapse; border-spacing: 0; width: 100%;">
                                                            <tbody>
                                                            <tr style="margin: 0px!important;">
                                                                <td style="">
                                                                    <table cellpadding="0" style="border-collapse: collapse; border-spacing: 0; width: 100%;">
                                                                        <tbody>
                                                                        <tr style="margin: 0px!important;">
                                                                            <td style="">
                                                                                <table cellpadding="0" style="border-collapse: collapse; border-spacing: 0; width: 100%;">
                                                                                    <tbody>
                                                                                    <tr style="margin: 0px!important;">
                                                                                        <td>
                                                                                            <table cellpadding="0" style="border-collapse: collapse; border-spacing: 0; width: 100%;">
                                                                                                <tbody>
                                                                                                <tr style="margin: 0px!important;">
                                                                                                    <td style="padding-bottom: 8px;">
                                                                                                        <div>
                                                                                                            <h2 style="font-size: 22px; line-height: 26px; color: #222222; font-family:'Raleway',sans-serif; font-weight: 800; margin: 0;">{{$rental_unit_booking_confirmation_data['rental_unit_host']}} is your host</h2>
                                                                                                        </div>
                                                                                                    </td>
                                                                                                </tr>
                                                                                                </tbody>
                                                                                            </table>
                                                                                        </td>
                                                                                    </tr>
                                                                                    <tr style="margin: 0px!important;">
                                                                                        <td>
                                                                                            <table cellpadding="0" style="border-collapse: collapse; border-spacing: 0; width: 100%;">
                                                                                                <tbody>
                                                                                                <tr style="margin: 0px!important;">
                                                                                                    <td style="padding-bottom: 8px;">
                                                                                                        <div style="font-size: 18px; line-height: 28px; margin: 0; font-weight: 400!important;">
                                                                                                            <p style="font-size: 18px; line-height: 28px; font-family:'Raleway',sans-serif; margin: 0!important; font-weight: 400!important;">Feel free to contact {{$rental_unit_booking_confirmation_data['rental_unit_host']}} to coordinate arrival time and key exchange.</p>
                                                                                                        </div>
                                                                                                    </td>
                                                                                                </tr>
                                                                                                </tbody>
                                                                                            </table>
                                                                                        </td>
                                                                                    </tr>
                                                                                    </tbody>
                                                                                </table>
                                                                            </td>
                                                                        </tr>
                                                                        </tbody>
                                                                    </table>
                                                                </td>
                                                            </tr>
                                                            </tbody>
                                                        </table>
                                                        <table cellpadding="0" style="border-collapse:collapse;border-spacing:0;width:100%">
                                                            <tbody>
                                                            <tr style="margin:0px!important">
                                                                <td style="padding: 20px 0">
                                                                    <table width="100%" style="border-spacing:0px!important">
                                                                        <tbody>
                                                                        <tr>
                                                                            <td style="padding:0px!important;border-top:1px solid #dddddd!important" width="100%"></td>
                                                                        </tr>
                                                                        </tbody>
                                                                    </table>
                                                                </td>
                                                            </tr>
                                                            </tbody>
                                                        </table>
                                                        <table cellpadding="0" style="border-collapse: collapse; border-spacing: 0; width: 100%;">
                                                            <tbody>
                                                            <tr style="margin: 0px!important;">
                                                                <td style="padding-bottom: 8px; padding-top: 8px;">
                                                                    <table cellpadding="0" style="border-collapse: collapse; border-spacing: 0; width: 100%;">
                                                                        <tbody>
                                                                        <tr style="margin: 0px!important;">
                                                                            <td >
                                                                                <table cellpadding="0" style="border-collapse: collapse; border-spacing: 0; width: 100%;">
                                                                                    <tbody>
                                                                                    <tr style="margin: 0px!important;">
                                                                                        <td>
                                                                                            <table cellpadding="0" style="border-collapse: collapse; border-spacing: 0; width: 100%;">
                                                                                                <tbody>
                                                                                                <tr style="margin: 0px!important;">
                                                                                                    <td style="padding-bottom: 8px;">
                                                                                                        <div style="font-size: 18px; line-height: 28px; margin: 0; font-weight: 400!important;">
                                                                                                            <p style="font-size: 18px; line-height: 28px; font-family:'Raleway',sans-serif; margin: 0!important; font-weight: 400!important;">You can reach our support team 24/7 from anywhere in the world.</p>
                                                                                                        </div>
                                                                                                    </td>
                                                                                                </tr>
                                                                                                </tbody>
                                                                                            </table>
                                                                                        </td>
                                                                                    </tr>
                                                                                    </tbody>
                                                                                </table>
                                                                            </td>
                                                                        </tr>
                                                                        </tbody>
                                                                    </table>
                                                                </td>
                                                            </tr>
                                                            </tbody>
                                                        </table>

                                                    </div>
                                                </td>
                                            </tr>
                                            </tbody>
                                        </table>
                                    </center>
                                    <!--[if (!mso)&(!IE)]>
                                                                                                                                                                            <!-->
                                </div>
                                <!--


                                                                                                                                                                      <![endif]-->
                            </div>
                        </div>
                        <!--[if (mso)|(IE)]>
                        </td>
                        <![endif]-->
                        <!--[if (mso)|(IE)]>
                        </tr>
                        </table>
                        </td>
                        </tr>
                        </table>
                        <![endif]-->
                    </div>
                </div>
            </div>
            <div class="u-row-container" style="padding: 0px;background-color: #ececec; ">
                <div class="u-row" style="margin: 0 auto;min-width: 320px;max-width: 600px;overflow-wrap: break-word;word-wrap: break-word;word-break: break-word;background-color: transparent; ">
                    <div style="border-collapse: collapse;display: table;width: 100%;height: 100%;background-color: transparent;">

                        <table width="100%" cellpadding="0" cellspacing="0" border="0">
                            <tr>
                                <td style="padding: 0px;background-color: #ececec;" align="center">
                                    <table cellpadding="0" cellspacing="0" border="0" style="width:600px;">
                                        <tr style="background-color: transparent;">

                        </tr>
                        </table>
                        </td>
                        </tr>
                        </table>
                    </div>
                </div>
            </div>
            <!--[if (mso)|(IE)]>
            </td>
            </tr>
            </table>
            <![endif]-->
        </td>
    </tr>
    </tbody>
</table>
<!--[if mso]>
</div>
<![endif]-->
<!--[if IE]>
</div>
<![endif]-->
</body>
</html>
