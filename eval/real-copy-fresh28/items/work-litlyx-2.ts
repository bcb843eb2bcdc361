export const N4_FREE_TRIAL_ENDS_TOMORROW = `<!DOCTYPE html>
<html lang="en">

<head>
  <meta charset="UTF-8" />
  <meta name="viewport" content="width=device-width, initial-scale=1.0" />
  <title>Your Litlyx trial ends tomorrow</title>
</head>

<body style="margin:0; padding:0; font-family: Arial, sans-serif; background-color:#f9f9f9;">
  <table align="center" cellpadding="0" cellspacing="0" width="100%"
    style="max-width:600px; margin:auto; background-color:#ffffff; border-radius:8px;">
    <tr>
      <td align="center" style="padding: 40px 20px 10px;">
         <img src="https://static.litlyx.com/icon.png" alt="" width="48px" height="48px">
        <h2 style="font-size:20px; color:#333333; margin:0;">Your Litlyx trial ends tomorrow.</h2>
      </td>
    </tr>
    <tr>
      <td style="padding: 20px 40px 30px; text-align: left; color: #4a4a4a; font-size: 16px;">
        <p style="font-size:16px; line-height:1.6; color:#484848;">
          Thanks for exploring Litlyx... a simple, fast, and privacy-first way to track your website or web app. Your free 30-day
          trial ends tomorrow, but you can keep your dashboard and insights by upgrading to a paid plan.
        </p>

        <a href="https://dashboard.litlyx.com/plans"
          style="display:block; background-color:#0a0a0a; color:#ffffff; text-align:center; border-radius:16px; text-decoration:none; font-size:14px; padding:16px; margin-top:20px;font-weight: bold;"
          target="_blank">
          Upgrade now
        </a>

       
      </td>
    </tr>
    <tr>
      <td style="padding: 20px 40px; text-align: center; font-size: 12px; color: #777777;">
        <p style="margin-top: 10px;">2025 &copy; Litlyx - Analytics reimagined. All rights reserved.</p>
      </td>
    </tr>
  </table>
</body>

</html>`