export const ANOMALY_VISITS_EVENTS_EMAIL = `<!DOCTYPE html
    PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html dir="ltr" lang="en">

<head>
    <meta content="text/html; charset=UTF-8" http-equiv="Content-Type" />
    <meta name="x-apple-disable-message-reformatting" />
    <!--$-->
</head>

<body
    style='background-color:#fff;font-family:-apple-system,BlinkMacSystemFont,"Segoe UI",Roboto,Oxygen-Sans,Ubuntu,Cantarell,"Helvetica Neue",sans-serif'>
    <table align="center" width="100%" border="0" cellpadding="0" cellspacing="0" role="presentation"
        style="max-width:37.5em">
        <tbody>
            <tr style="width:100%">
                <td>

                    <table align="center" width="100%" border="0" cellpadding="0" cellspacing="0" role="presentation"
                        style="border:1px solid rgb(0,0,0, 0.1);border-radius:3px;overflow:hidden">
                        <tbody>
                            <tr>
                                <td>
                                    <table align="center" width="100%" border="0" cellpadding="0" cellspacing="0"
                                        role="presentation">
                                        <tbody style="width:100%">
                                            <tr style="width:100%">
                                                <img src="https://litlyx.com/images/locker2.png"
                                                    style="display:block;outline:none;border:none;text-decoration:none;max-width:100%"
                                                    width="620" />
                                            </tr>
                                        </tbody>
                                    </table>
                                    <table align="center" width="100%" border="0" cellpadding="0" cellspacing="0"
                                        role="presentation" style="padding:20px;padding-bottom:0">
                                        <tbody style="width:100%">
                                            <tr style="width:100%">
                                                <td data-id="__react-email-column">
                                                    <h1 style="font-size:32px;font-weight:bold;text-align:center">
                                                        Dear user
                                                    </h1>
                                                    <h2 style="font-size:26px;font-weight:bold;text-align:center">
                                                        Our AI Agent noticed a recent unexpected usage on your project
                                                        on Litlyx.
                                                    </h2>
                                                    <p
                                                        style="font-size:16px;line-height:24px;margin:16px 0;margin-top:-5px">
                                                        <b>Project: </b> [Project Name]
                                                    </p>
                                                    <p
                                                        style="font-size:16px;line-height:24px;margin:16px 0;margin-top:-5px">
                                                        <b>Info: </b> [ENTRIES]
                                                    </p>
                                                    <p>If this spike in activity is expected, there’s no need to worry.
                                                        However, if you believe this could be unexpected or suspicious,
                                                        we recommend taking a closer look at your data on the
                                                        <strong>Litlyx Dashboard</strong>. You can analyze your recent
                                                        traffic and event logs to identify any irregularities or
                                                        potential issues.</p>


                                                </td>
                                            </tr>
                                        </tbody>
                                    </table>

                                    <table align="center" width="100%" border="0" cellpadding="0" cellspacing="0"
                                        role="presentation" style="padding:20px;padding-top:0">
                                        <tbody style="width:100%">
                                            <tr style="width:100%">
                                                <td colspan="2" data-id="__react-email-column"
                                                    style="display:flex;justify-content:center;width:100%">
                                                    <a style="line-height:100%;text-decoration:none;display:inline-block;max-width:100%;mso-padding-alt:0px;background-color:#5680f8;border-radius:3px;color:#FFF;font-weight:bold;border:1px solid rgb(0,0,0, 0.1);cursor:pointer;padding:12px 30px 12px 30px"
                                                        target="_blank"
                                                        href="https://dashboard.litlyx.com"><span></span><span
                                                            style="max-width:100%;display:inline-block;line-height:120%;mso-padding-alt:0px;mso-text-raise:9px">
                                                            Go to Dashboard</span><span></span></a>
                                                </td>
                                            </tr>
                                        </tbody>
                                    </table>

                                    <table align="center" width="100%" border="0" cellpadding="0" cellspacing="0"
                                        role="presentation" style="padding:20px;padding-bottom:0">
                                        <tbody style="width:100%">
                                            <tr style="width:100%">
                                                <td data-id="__react-email-column">
  
                                                    <h3>What can I do?</h3>

                                                    <p>To better understand the situation, you can:</p>

                                                    <ol>
                                                        <li>Review your traffic sources to see where the visits or
                                                            events are coming from.</li>
                                                        <li>Check for any unexpected patterns, such as a high number of
                                                            visits from unknown sources or abnormal event triggers.</li>
                                                        <li>Check your code to find bugs on a specific action that is
                                                            triggered in loops.</li>
                                                    </ol>

                                                    <p>If you need help understanding this activity or have any
                                                        concerns, feel free to reach out to our support team at <a
                                                            href="mailto:help@litlyx.com"
                                                            style="color: #D32F2F; text-decoration: none;"><strong>help@litlyx.com</strong></a>.
                                                        We are here to assist you!</p>

                                                    <p><strong>Your safety and data integrity are our top
                                                            priorities.</strong></p>

                                                    <p>Thank you for trusting Litlyx as your analytics tool!</p>

                                                    <p>Best regards,</p>

                                                    <p>Antonio,</p>
                                                    <p>CEO | Litlyx</p>
                                                </td>
                                            </tr>
                                        </tbody>
                                    </table>


                                </td>
                            </tr>
                        </tbody>
                    </table>
                    <table align="center" width="100%" border="0" cellpadding="0" cellspacing="0" role="presentation"
                        style="padding:45px 0 0 0">
                        <tbody>
                            <tr>
                                <td>
                                    <img src="https://react-email-demo-lpdmf0ryo-resend.vercel.app/static/yelp-footer.png"
                                        style="display:block;outline:none;border:none;text-decoration:none;max-width:100%"
                                        width="620" />
                                </td>
                            </tr>
                        </tbody>
                    </table>
                    <p style="font-size:12px;line-height:24px;margin:16px 0;text-align:center;color:rgb(0,0,0, 0.7)">
                        2024 © Litlyx. All rights reserved.
                        <br>
                        Litlyx S.R.L. - Viale Tirreno, 187 - 00141 Rome - P.IVA: 17814721001- REA: RM-1743194
                    </p>
                </td>
            </tr>
        </tbody>
    </table>

</body>

</html>
`