export const LIMIT_MAX_EMAIL = `<!DOCTYPE html>
<html>

<head>
    <meta content="text/html; charset=UTF-8" http-equiv="Content-Type" />
    <meta name="x-apple-disable-message-reformatting" />
</head>

<body
    style='background-color:#ffffff;font-family:-apple-system,BlinkMacSystemFont,"Segoe UI",Roboto,Oxygen-Sans,Ubuntu,Cantarell,"Helvetica Neue",sans-serif'>
    <table align="center" width="100%" border="0" cellpadding="0" cellspacing="0" role="presentation"
        style="max-width:100%;margin:0 auto;padding:20px 0 48px;width:580px">
        <tbody>
            <tr style="width:100%">
                <td>

                    <table align="center" width="100%" border="0" cellpadding="0" cellspacing="0" role="presentation">
                        <tbody>
                            <tr>
                                <td>
                                    <img alt="Founder" height="96"
                                        src="https://litlyx.com/images/founder.jpg"
                                        style="display:block;outline:none;border:none;text-decoration:none;margin:0 auto;margin-bottom:16px;border-radius:50%"
                                        width="96" />
                                </td>
                            </tr>
                        </tbody>
                    </table>
                    <table align="center" width="100%" border="0" cellpadding="0" cellspacing="0" role="presentation"
                        style="padding-bottom:20px">
                        <tbody>
                            <tr>
                                <td>
                                    <table align="center" width="100%" border="0" cellpadding="0" cellspacing="0"
                                        role="presentation">
                                        <tbody style="width:100%">
                                            <tr style="width:100%">
                                                <p
                                                    style="font-size:32px;line-height:1.3;margin:16px 0;font-weight:700;color:#484848">
                                                    You’ve Reached Your Litlyx's Tracking Limits
                                                </p>
                                                <p
                                                    style="font-size:18px;line-height:1.4;margin:16px 0;color:#484848;padding:24px;background-color:#ffbb03;border-radius:4px">
                                                  <strong>Litlyx has stopped collecting data for your project.</strong> 
                                                </p>

                                                <p>
                                                    To help you avoid losing valuable insights, we recommend keeping an
                                                    eye on your usage via the Litlyx Dashboard.
                                                </p>

                                                <p>
                                                    You can view your current usage details under Settings > Billing
                                                    Tab.
                                                </p>

                                                <p>
                                                    If you need additional storage for data collection, consider
                                                    upgrading your plan to unlock more benefits and ensure uninterrupted
                                                    service. You can find out more here: <a href="https://litlyx.com/pricing-selfhosted">Our pricing</a> 
                                                </p>
                                              

                                                <p>
                                                    If you have any questions or need assistance, feel free to reply to
                                                    this email or contact us at <a href="mailto:help@litlyx.com"
                                                        style="color: #FF5733; text-decoration: none;">help@litlyx.com</a>
                                                </p>

                                                <p>
                                                    Have a great day!
                                                </p>

                                                <p>
                                                    Antonio,
                                                    CEO at Litlyx
                                                </p>


                                                <a href="https://dashboard.litlyx.com/"
                                                    style="line-height:100%;text-decoration:none;display:block;max-width:100%;mso-padding-alt:0px;background-color:#5680f8;border-radius:3px;color:#fff;font-size:18px;padding-top:19px;padding-bottom:19px;text-align:center;width:100%;padding:19px 0px 19px 0px"
                                                    target="_blank"><span>

                                                    </span><span
                                                        style="max-width:100%;display:inline-block;line-height:120%;mso-padding-alt:0px;mso-text-raise:14.25px">Go
                                                        to Dashboard</span><span></span></a>
                                            </tr>
                                        </tbody>
                                    </table>
                                </td>
                            </tr>
                        </tbody>
                    </table>
                    <hr
                        style="width:100%;border:none;border-top:1px solid #eaeaea;border-color:#cccccc;margin:20px 0" />
                    <table align="center" width="100%" border="0" cellpadding="0" cellspacing="0" role="presentation">
                        <tbody>
                            <tr>
                                <td>
                                    <table align="center" width="100%" border="0" cellpadding="0" cellspacing="0"
                                        role="presentation">
                                        <tbody style="width:100%">
                                            <tr style="width:100%">
                                                <p
                                                    style="font-size:14px;line-height:24px;margin:16px 0;color:#9ca299;margin-bottom:10px">
                                                    2025 © Litlyx. All rights reserved.
                                                    <br>
                                                    Litlyx S.R.L. - Viale Tirreno, 187 - 00141 Rome - P.IVA:
                                                    17814721001- REA: RM-1743194
                                                </p>

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
    <!--/$-->
</body>

</html>
`
