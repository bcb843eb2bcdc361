
<!DOCTYPE html>
<html>

<head>
  <meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
  <meta name="viewport" content="width=device-width, initial-scale=1" />
  <title>Upcoming Loan Re-payment Reminder</title>
  <style type="text/css">
    * {
      line-height: 100%;
    }

    .appleLinks a {
      color: #000000;
      text-decoration: none;
    }

    .ReadMsgBody {
      width: 100%;
      background-color: #ffffff;
    }

    .ExternalClass {
      width: 100%;
      background-color: #ffffff;
    }

    body {
      width: 100%;
      background-color: #ffffff;
      margin: 0;
      padding: 0;
      -webkit-font-smoothing: antialiased;
      font-family: Georgia, Times, serif;
    }

    html {
      -webkit-text-size-adjust: none !important;
      -ms-text-size-adjust: none !important;
    }

    table {
      border-collapse: collapse;
    }

    img {
      display: block;
    }

    img.g-img+div {
      display: none;
    }

    .disp {
      display: none !important;
    }


    .btn-defult {
      background-color: #EF8B00;
      color: #fff;
      padding: 5px 15px;
      text-decoration: none;
      border-radius: 5px;
    }

    .btn-defult:hover {
      background-color: #57003d;
      color: #fff;
      padding: 5px 15px;
      text-decoration: none;
      border-radius: 5px;
    }

    @media only screen and (max-width: 700px) {
      .Width {
        width: 100% !important;
      }

      .Width1 {
        width: 320px !important;
      }

      .Width2 {
        width: 90% !important;
      }

      .width15 {
        width: 100% !important;
        height: 15px !important;
      }

      .width30 {
        width: 100% !important;
        height: 30px !important;
      }

      .devicewidth3 {
        width: 100% !important;
      }

      .m14 {
        margin-top: 14px !important;
      }

      .width40 {
        width: 40% !important;
      }

      .Width89 {
        width: 89% !important;
      }

      .font14 {
        font-size: 12px !important;
      }

      .hide {
        display: none !important;
      }

      .w40 {
        width: 40% !important;
      }

      .fnt13 {
        font-size: 13px !important;
      }

      .CToWUd {
        width: 80px !important;
      }

    }

    @media only screen and (max-width: 480px) {
      .Width {
        width: 100% !important;
      }

      .Width1 {
        width: 320px !important;
      }

      .Width2 {
        width: 90% !important;
      }

      .width15 {
        width: 100% !important;
        height: 15px !important;
      }

      .width30 {
        width: 100% !important;
        height: 30px !important;
      }

      .devicewidth3 {
        width: 100% !important;
      }

      .m14 {
        margin-top: 14px !important;
      }

      .width40 {
        width: 40% !important;
      }

      .font14 {
        font-size: 12px !important;
      }

      .Width89 {
        width: 89% !important;
      }

      .hide {
        display: none !important;
      }

      .w40 {
        width: 40% !important;
      }

      .fnt13 {
        font-size: 13px !important;
      }

      .CToWUd {
        width: 80px !important;
      }
    }

    .myul li {
      line-height: 1.6
    }
  </style>

</head>

<body>
  <table width="100%" border="0" cellspacing="0" cellpadding="0" class="Width" bgcolor="#ffffff">
    <tbody>
      <tr>
        <td style="display:none !important;visibility:hidden;mso-hide:all;font-size:1px;color:#f4f4f4;line-height:1px;
max-height:0px;max-width:0px;opacity:0;overflow:hidden;" align="center"></td>
      </tr>
      <tr>
        <td align="center" class="hide" valign="top"><span
            style="font-family: Arial, Helvetica, sans-serif; font-size: 2px; color: #ffffff; font-weight: normal; visibility:hidden;">
            &zwnj;&nbsp;&zwnj;&nbsp;&zwnj;&nbsp;&zwnj;&nbsp;&zwnj;&nbsp;&zwnj;&nbsp;&zwnj;&nbsp;&zwnj;&nbsp;&zwnj;&nbsp;&zwnj;&nbsp;&zwnj;&nbsp;&zwnj;&nbsp;&zwnj;&nbsp;&zwnj;&nbsp;&zwnj;&nbsp;&zwnj;&nbsp;&zwnj;&nbsp;&zwnj;&nbsp;&zwnj;&nbsp;&zwnj;&nbsp;&zwnj;&nbsp;&zwnj;&nbsp;&zwnj;&nbsp;&zwnj;&nbsp;&zwnj;&nbsp;&zwnj;&nbsp;&zwnj;&nbsp;&zwnj;&nbsp;&zwnj;&nbsp;&zwnj;&nbsp;&zwnj;&nbsp;&zwnj;&nbsp;&zwnj;&nbsp;&zwnj;&nbsp;&zwnj;&nbsp;&zwnj;&nbsp;&zwnj;&nbsp;&zwnj;&nbsp;&zwnj;&nbsp;&zwnj;&nbsp;&zwnj;&nbsp;&zwnj;&nbsp;&zwnj;&nbsp;&zwnj;&nbsp;&zwnj;&nbsp;&zwnj;&nbsp;&zwnj;&nbsp;&zwnj;&nbsp;&zwnj;&nbsp;&zwnj;&nbsp;&zwnj;&nbsp;&zwnj;&nbsp;&zwnj;&nbsp;&zwnj;&nbsp;&zwnj;&nbsp;&zwnj;&nbsp;&zwnj;&nbsp;&zwnj;&nbsp;&zwnj;&nbsp;&zwnj;&nbsp;&zwnj;&nbsp;&zwnj;&nbsp;&zwnj;&nbsp;&zwnj;&nbsp;&zwnj;&nbsp;&zwnj;&nbsp;&zwnj;&nbsp;&zwnj;&nbsp;&zwnj;&nbsp;&zwnj;&nbsp;&zwnj;&nbsp;&zwnj;&nbsp;&zwnj;&nbsp;&zwnj;&nbsp;&zwnj;&nbsp;&zwnj;&nbsp;&zwnj;&nbsp;&zwnj;&nbsp;&zwnj;&nbsp;&zwnj;&nbsp;&zwnj;&nbsp;&zwnj;&nbsp;&zwnj;&nbsp;&zwnj;&nbsp;&zwnj;&nbsp;&zwnj;&nbsp;&zwnj;&nbsp;&zwnj;&nbsp;&zwnj;&nbsp;&zwnj;&nbsp;&zwnj;&nbsp;&zwnj;&nbsp;&zwnj;&nbsp;&zwnj;&nbsp;&zwnj;&nbsp;&zwnj;&nbsp;&zwnj;&nbsp;&zwnj;&nbsp;&zwnj;&nbsp;&zwnj;&nbsp;&zwnj;&nbsp;&zwnj;&nbsp;&zwnj;&nbsp;&zwnj;&nbsp;&zwnj;&nbsp;</span>
        </td>
      </tr>
      <tr>
        <td align="center" valign="top">
          <table border="0" cellspacing="0" cellpadding="0" class="Width1" bgcolor="#ffffff"
            style="    border: 1px solid #2e0bff;">
            <tbody>
              <tr>
                <td align="center" valign="top"><a href="https://www.cashpey.com" target="_blank"><img
                      src="https://app.cashpey.in/storage/logo/CP1.png" width="125px" style="display: block; border: none;margin-top: 40px;
    margin-bottom: 10px;" title="REQUEST A DEMO" class="g-img" /></a></td>
              </tr>

              <tr>
                <td align="center" bgcolor="#e6f0ef">
                  <table width="100%" border="0" cellspacing="0" cellpadding="0" align="center" bgcolor="#e6f0ef">
                    <tbody>
                      <tr>
                        <td align="left"
                          style="font-size: 20px;
font-family: Montserrat, Trebuchet MS, Lucida Grande, Lucida Sans Unicode, Lucida Sans, Tahoma, sans-serif;color: #000;line-height: 1.8;padding-bottom: 15px; padding: 30px; background: #fff;font-weight: 400; "
                          class="fnt13">

                          <table style="width: 100%; border-collapse: collapse;" class="">
                            <tr>
                              <th style="text-align: left; padding:8px 0px; font-size: 18px; width:100%;" colspan="3">
                                <b>Subject: Gentle Reminder: Your Upcoming Loan repayment amount - {{cmp()->companyName}}</b>
                              </th>
                            </tr>
                            <tr>
                              <th style="text-align: left; padding:8px 0px; font-size: 18px;" colspan="2">Dear <b>{{$mailData->name}}</b>,</th>
                              <td style="text-align: left; padding:8px 0px; font-size: 18px;">Date: {{df(date('Y-m-d'))}}</td>
                            </tr>
                            <tr>
                              <th style="text-align: left; padding:8px 0px; font-size: 18px; width:100%;" colspan="3">
                                LAN- {{$mailData->loanNo}}</th>
                            </tr>
                          </table>
                          <br>
                          <p style="line-height: 1.4;font-size: 17px;">Greetings from {{cmp()->companyName}}!</p>
                          <p style="line-height: 1.4;font-size: 17px;">We hope this email finds you well. This is a
                            gentle reminder that the EMI for your loan account ({{$mailData->loanNo}}) is due on (due
                            date). </p>

                          <p style="line-height: 1.4;font-size: 17px;">We Kindly request you to ensure that the payment
                            is made on or before the due date to avoid any late fees or impact on your credit score.</p>

                            <h4>EMI Details:</h4>
                            <table style="width: 100%; border-collapse: collapse;" class="">
                              <tr>
                                <th
                                  style="border: 1px solid #000; padding: 8px; text-align: left; color: #000; background-color: #fff; width: 33%; font-size: 16px;">
                                  <b>Loan Account Number</b></th>
                                <td
                                  style="border: 1px solid #000; padding: 8px; text-align: left; background-color: #fff; color: #000; width: 33%; font-size: 16px;">
                                  {{$mailData->loanNo}}</td>
                              </tr>
                              <tr>
                                <th
                                  style="border: 1px solid #000; padding: 8px; text-align: left; color: #000; background-color: #fff; width: 50%; font-size: 16px;">
                                  <b>EMI Amount</b></th>
                                <td
                                  style="border: 1px solid #000; padding: 8px; text-align: left; background-color: #fff; color: #000; width: 50%; font-size: 16px;">
                                    {{$mailData->emi}}
                                </td>
                              </tr>
                              <tr>
                                <th
                                  style="border: 1px solid #000; padding: 8px; text-align: left; color: #000; background-color: #fff; width: 50%; font-size: 16px;">
                                  <b>Due Date</b></th>
                                <td
                                  style="border: 1px solid #000; padding: 8px; text-align: left; background-color: #fff; color: #000; width: 50%; font-size: 16px;">
                                     {{df($mailData->paymentDate)}}
                                </td>
                              </tr>
                            </table>
  
                            <p style="line-height: 1.4;font-size: 17px;">If you have already made the payment, please
                              ignore this message. </p>
  
                            <p style="line-height: 1.4;font-size: 17px;">Should you have any questions or need assistance,
                              feel free to reach out to our support team at ____________________. We’re always here to
                              help. </p>
  
                            <p style="line-height: 1.4;font-size: 17px;">Thank you for choosing {{cmp()->companyName}} as your financial
                              partner. We value your association and look forward to continuing to serve you.</p>
  
                            <p style="line-height: 1.4;font-size: 17px;">Warm Regards, ({{cmp()->companyName}})
                              <br>
                              (Customer Care Number)
                              <br>
                            </p>

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
  <br>
</body>

</html>