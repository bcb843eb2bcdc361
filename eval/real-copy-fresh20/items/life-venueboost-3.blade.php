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
                /*mso-hide: unset !important;*/
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
<body class="clean-body u_body" style="margin: 0;padding: 0;-webkit-text-size-adjust: 100%;background-color: #ffffff;color: #000000">
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
                <div class="u-row" style="margin: 0 auto;min-width: 320px;max-width: 600px;overflow-wrap: break-word;word-wrap: break-word;word-break: break-word;background-color: transparent;">
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
                                            <td class="v-container-padding-padding" style="overflow-wrap:break-word;word-break:break-word;padding:30px;font-family:'Raleway',sans-serif;" align="left">
                                                <div class="v-color v-text-align" style="font-size: 14px; line-height: 140%; text-align: center; word-wrap: break-word;">
                                                    <p style="line-height: 140%;">
                                    <span style="font-size: 18px; line-height: 25.2px;">
                                      <strong>{{ $order['venue_name'] }}</strong>
                                    </span>
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
                <div class="u-row" style="margin: 0 auto;min-width: 320px;max-width: 600px;overflow-wrap: break-word;word-wrap: break-word;word-break: break-word;background-color: transparent;">
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
                                <div style="box-sizing: border-box; height: 100%; padding: 0px;border-top: 0px solid transparent;border-left: 0px solid transparent;border-right: 0px solid transparent;border-bottom: 0px solid transparent;border-radius: 0px;-webkit-border-radius: 0px; -moz-border-radius: 0px;">
                                    <!--
                                                                                                                            <![endif]-->
                                    <table style="font-family:'Raleway',sans-serif;" role="presentation" cellpadding="0" cellspacing="0" width="100%" border="0">
                                        <tbody>
                                        <tr>
                                            <td class="v-container-padding-padding" style="overflow-wrap:break-word;word-break:break-word;padding:25px;font-family:'Raleway',sans-serif;" align="left">
                                                <table width="100%" cellpadding="0" cellspacing="0" border="0">
                                                    <tr>
                                                        <td class="v-text-align" style="padding-right: 0px;padding-left: 0px;" align="center">
                                                            <img align="center" border="0" src="https://emilon.s3.eu-west-1.amazonaws.com/assets/image-7.png" alt="" title="" style="outline: none;text-decoration: none;-ms-interpolation-mode: bicubic;clear: both;display: inline-block !important;border: none;height: auto;float: none;width: 100%;max-width: 82px;" width="82" />
                                                        </td>
                                                    </tr>
                                                </table>
                                            </td>
                                        </tr>
                                        </tbody>
                                    </table>
                                    <table id="u_content_text_8" style="font-family:'Raleway',sans-serif;" role="presentation" cellpadding="0" cellspacing="0" width="100%" border="0">
                                        <tbody>
                                        <tr>
                                            <td class="v-container-padding-padding" style="overflow-wrap:break-word;word-break:break-word;padding:0px 130px;font-family:'Raleway',sans-serif;" align="left">
                                                <div class="v-color v-text-align" style="font-size: 14px; line-height: 140%; text-align: center; word-wrap: break-word;">
                                                    <p style="line-height: 140%;">
                                    <span style="font-size: 16px; line-height: 22.4px;">
                                      <strong> Thank you for your order </strong>
                                    </span>
                                                    </p>
                                                    <p style="line-height: 140%;">
                                                        <span style="font-size: 16px; line-height: 22.4px;">Dear {{ $order['customer']['name'] }}, Here are the details of your order placed on {{ $order['order_summary']['created_at'] }}</span>
                                                    </p>
                                                    <p style="line-height: 140%;"></p>
                                                </div>
                                            </td>
                                        </tr>
                                        </tbody>
                                    </table>
                                    <table id="u_content_text_8" style="font-family:'Raleway',sans-serif;" role="presentation" cellpadding="0" cellspacing="0" width="100%" border="0">
                                        <tbody>
                                        <tr>
                                            <td align="left" style="padding-top:20px">
                                                <table cellspacing="0" cellpadding="0" border="0" width="100%">
                                                    <tbody>
                                                        <tr>
                                                            <td width="75%" align="left" bgcolor="#eeeeee" style="font-family:Roboto,Helvetica,Arial,sans-serif;font-size:16px;font-weight:800;line-height:24px;padding:10px"> Order Details </td>
                                                            <td width="25%" align="right" bgcolor="#eeeeee" style="font-family:Roboto,Helvetica,Arial,sans-serif;font-size:16px;font-weight:800;line-height:24px;padding:10px"> #{{ $order['order_number']}} </td>
                                                        </tr>
                                                        @foreach($order['order_items'] as $product)
                                                            <tr>
                                                                <td width="75%" align="left" style="font-family:Roboto,Helvetica,Arial,sans-serif;display:flex;font-size:16px;font-weight:400;line-height:24px;padding:15px 10px 5px">
                                                                    @if (isset($product['image']))
                                                                    <img style="object-fit:contain;margin-right:10px;font-family:Roboto,Helvetica,Arial,sans-serif;width:50px!important" src="{{ $product['image'] }}" class="CToWUd" data-bit="iit">
                                                                    @endif
                                                                    <div style="line-height:1.3;font-family:Roboto,Helvetica,Arial,sans-serif">
                                                                        <div style="font-family:Roboto,Helvetica,Arial,sans-serif">{{ $product['title'] }} ({{ $product['quantity'] }})</div> @if ($product['article_no']) <div style="font-size:13px;font-family:Roboto,Helvetica,Arial,sans-serif">Article No.: {{ $product['article_no'] }}</div> @endif
                                                                    </div>
                                                                </td>
                                                                <td width="25%" align="right" style="text-align:right;font-family:Roboto,Helvetica,Arial,sans-serif;font-size:16px;font-weight:400;line-height:24px;padding:15px 10px 5px">
                                                                    {{ $product['total_price'] }}
                                                                    {{ $order['currency'] }}
                                                                </td>
                                                            </tr>
                                                        @endforeach
                                                        <tr>
                                                            <td width="75%" align="left" style="font-family:Roboto,Helvetica,Arial,sans-serif;font-size:16px;font-weight:400;line-height:24px;padding:15px 10px 5px"> Shipping </td>
                                                            <td width="25%" align="right" style="text-align:right;font-family:Roboto,Helvetica,Arial,sans-serif;font-size:16px;font-weight:400;line-height:24px;padding:15px 10px 5px">
                                                                @if (isset($order['delivery_fee']))
                                                                    {{ $order['delivery_fee'] }} {{$order['currency']}} @else {{ $order['delivery_fee'] }} {{$order['currency']}}
                                                                @endif
                                                            </td>
                                                        </tr>
                                                        <tr>
                                                            <td width="75%" align="left" style="font-family:Roboto,Helvetica,Arial,sans-serif;font-size:16px;font-weight:400;line-height:24px;padding:15px 10px 5px"> Subtotal </td>
                                                            <td width="25%" align="right" style="text-align:right;font-family:Roboto,Helvetica,Arial,sans-serif;font-size:16px;font-weight:400;line-height:24px;padding:15px 10px 5px">
                                                                {{ $order['order_summary']['subtotal'] }} {{$order['currency']}}
                                                            </td>
                                                        </tr>
                                                        <tr>
                                                            <td width="75%" align="left" style="font-family:Roboto,Helvetica,Arial,sans-serif;font-size:16px;font-weight:400;line-height:24px;padding:15px 10px 5px"> Discount </td>
                                                            <td width="25%" align="right" style="text-align:right;font-family:Roboto,Helvetica,Arial,sans-serif;font-size:16px;font-weight:400;line-height:24px;padding:15px 10px 5px">
                                                                {{ $order['order_summary']['discount_value'] }} {{$order['currency']}}
                                                            </td>
                                                        </tr>
                                                        <tr>
                                                            <td width="75%" align="left" style="font-family:Roboto,Helvetica,Arial,sans-serif;font-size:16px;font-weight:400;line-height:24px;padding:15px 10px 5px"> Payment Method: {{ $order['order_summary']['payment_method'] }}
                                                            </td>
                                                            <td width="25%" align="right" style="text-align:right;font-family:Roboto,Helvetica,Arial,sans-serif;font-size:16px;font-weight:400;line-height:24px;padding:15px 10px 5px"></td>
                                                        </tr>
                                                    </tbody>
                                                </table>
                                            </td>
                                        </tr>
                                        <tr>
                                            <td align="left" style="padding-top:20px">
                                                <table cellspacing="0" cellpadding="0" border="0" width="100%">
                                                    <tbody>
                                                    <tr>
                                                        <td width="75%" align="left" style="font-family:Roboto,Helvetica,Arial,sans-serif;font-size:16px;font-weight:800;line-height:24px;padding:10px;border-top-width:3px;border-top-style:solid;border-bottom-width:3px;border-bottom-style:solid;border-top-color:rgb(238,238,238);border-bottom-color:rgb(238,238,238)"> TOTAL </td>
                                                        <td width="25%" align="right" style="text-align:right;font-family:Roboto,Helvetica,Arial,sans-serif;font-size:16px;font-weight:800;line-height:24px;padding:10px;border-top-width:3px;border-top-style:solid;border-bottom-width:3px;border-bottom-style:solid;border-top-color:rgb(238,238,238);border-bottom-color:rgb(238,238,238)">
                                                            {{ $order['order_summary']['total_amount'] }} {{$order['currency']}}
                                                        </td>
                                                    </tr>
                                                    </tbody>
                                                </table>
                                            </td>
                                        </tr>
                                        </tbody>
                                    </table>
                                    <table id="u_content_text_8" style="font-family:'Raleway',sans-serif;" role="presentation" cellpadding="0" cellspacing="0" width="100%" border="0">
                                        <tbody>
                                        <tr>
                                            <td align="center" valign="top" style="font-size:0px"> @if (!isset($order['is_for_food_order'])) <div style="display:inline-block;min-width:240px;vertical-align:top;width:100%">
                                                    <table align="left" border="0" cellpadding="0" cellspacing="0" width="100%" style="max-width:300px">
                                                        <tbody>
                                                        <tr>
                                                            <td align="left" valign="top" style="font-family:Roboto,Helvetica,Arial,sans-serif;font-size:16px;font-weight:400;line-height:24px">
                                                                <p style="font-weight:800;margin:5px 0px;font-family:Roboto,Helvetica,Arial,sans-serif">Delivery Address</p>
                                                                <p style="margin:5px 0px;line-height:1.3;font-family:Roboto,Helvetica,Arial,sans-serif">
                                                                    <br>{{ $order['shipping_address']->address_line1}} {{ $order['shipping_address']->address_line1 ?? ''}}, {{ $order['shipping_address']->postcode}}
                                                                </p>
                                                                <p style="margin:5px 0px;line-height:1.3;font-family:Roboto,Helvetica,Arial,sans-serif">
                                                                    {{ $order['shipping_address']->city}}, {{ $order['shipping_address']->state}}
                                                                </p>
                                                            </td>
                                                        </tr>
                                                        </tbody>
                                                    </table>
                                                </div> @endif </td>
                                        </tr>
                                        <tr>
                                            <td align="center" valign="top" style="font-size:0px"> @if (isset($order['is_for_food_order'])) <div style="display:inline-block;min-width:240px;vertical-align:top;width:100%">
                                                    <table align="left" border="0" cellpadding="0" cellspacing="0" width="100%" style="max-width:300px">
                                                        <tbody>
                                                        <tr>
                                                            <td align="left" valign="top" style="font-family:Roboto,Helvetica,Arial,sans-serif;font-size:16px;font-weight:400;line-height:24px">
                                                                <p style="font-weight:800;margin:5px 0px;font-family:Roboto,Helvetica,Arial,sans-serif">Delivery Address</p>
                                                                <p style="margin:5px 0px;line-height:1.3;font-family:Roboto,Helvetica,Arial,sans-serif">
                                                                    <br>{{ $order['order_address']->address_line1}} {{ $order['order_address']->address_line1 ?? ''}}
                                                                </p>
                                                                <p style="margin:5px 0px;line-height:1.3;font-family:Roboto,Helvetica,Arial,sans-serif">
                                                                    {{ $order['order_address']->state}}
                                                                </p>
                                                                <p style="margin:5px 0px;line-height:1.3;font-family:Roboto,Helvetica,Arial,sans-serif">
                                                                    {{ $order['order_address']->city}}
                                                                </p>
                                                                <p style="margin:5px 0px;line-height:1.3;font-family:Roboto,Helvetica,Arial,sans-serif">
                                                                   {{ $order['order_address']->postcode}}
                                                                </p> @if(isset($order['hospital_room_id'])) <p style="margin:5px 0px;line-height:1.3;font-family:Roboto,Helvetica,Arial,sans-serif">
                                                                    Room Number: {{ $order['hospital_room_id']}}
                                                                </p> @endif
                                                            </td>
                                                        </tr>
                                                        </tbody>
                                                    </table>
                                                </div> @endif </td>
                                        </tr>
                                        <tr>
                                            <td align="center" valign="top" style="font-size:0px"> @if (isset($order['is_for_self'])) <div style="display:inline-block;min-width:240px;vertical-align:top;width:100%">
                                                    <table align="left" border="0" cellpadding="0" cellspacing="0" width="100%" style="max-width:300px">
                                                        <tbody>
                                                        <tr>
                                                            <td align="left" valign="top" style="font-family:Roboto,Helvetica,Arial,sans-serif;font-size:16px;font-weight:400;line-height:24px">
                                                                <p style="font-weight:800;margin:5px 0px;font-family:Roboto,Helvetica,Arial,sans-serif">Order for:</p>
                                                                <p style="margin:5px 0px;line-height:1.3;font-family:Roboto,Helvetica,Arial,sans-serif">
                                                                    <br>
                                                                    {{ $order['other_person_name'] }}
                                                                </p>
                                                            </td>
                                                        </tr>
                                                        </tbody>
                                                    </table>
                                                </div> @endif </td>
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
                <div class="u-row" style="margin: 0 auto;min-width: 320px;max-width: 600px;overflow-wrap: break-word;word-wrap: break-word;word-break: break-word;background-color: transparent;">
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


                                    @if (isset($order['logo']))
                                        <table id="u_content_text_5" style="font-family:'Raleway',sans-serif;" role="presentation" cellpadding="0" cellspacing="0" width="100%" border="0">
                                            <tbody>
                                            <tr>
                                                <td class="v-text-align" style="padding-right: 0px;padding-left: 0px;" align="center">
                                                    <img align="center" border="0" src="{{ $order['logo'] }}" alt="" title="" style="outline: none;text-decoration: none;-ms-interpolation-mode: bicubic;clear: both;display: inline-block !important;border: none;height: auto;float: none;    margin-top: 25px;width: 100%;max-width: 82px;" width="82" />
                                                </td>
                                            </tr>
                                            </tbody>
                                        </table>
                                    @endif

                                        @if (isset($order['venue_address']))
                                        <table id="u_content_text_5" style="font-family:'Raleway',sans-serif;" role="presentation" cellpadding="0" cellspacing="0" width="100%" border="0">
                                            <tbody>
                                            <tr>
                                                <td class="v-container-padding-padding" style="overflow-wrap:break-word;word-break:break-word;padding:32px 10px;font-family:'Raleway',sans-serif;" align="left">
                                                    <div class="v-color v-text-align" style="font-size: 14px; line-height: 160%; text-align: center; word-wrap: break-word;">
                                                        <p style="line-height: 160%;">
                                                            {{$order['venue_address']}}
                                                        </p>
                                                    </div>
                                                </td>
                                            </tr>
                                            </tbody>
                                        </table>
                                    @endif
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
