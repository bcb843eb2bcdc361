export const N8_LITLYX_HAS_STOP_GRACE_PERIOD = `<!DOCTYPE html>
<html lang="en">

<head>
  <meta charset="UTF-8" />
  <meta name="viewport" content="width=device-width, initial-scale=1.0" />
  <title>Your Litlyx Grace Period Has Ended</title>
</head>

<body style="margin:0; padding:0; font-family: Arial, sans-serif; background-color:#f9f9f9;">
  <table align="center" cellpadding="0" cellspacing="0" width="100%"
    style="max-width:600px; margin:auto; background-color:#ffffff; border-radius:8px;">
    <tr>
      <td align="center" style="padding: 40px 20px 10px;">
        <img src="https://static.litlyx.com/icon.png" alt="" width="48px" height="48px">
        <h2 style="font-size:20px; color:#333333; margin:0;">Your grace period has ended</h2>
      </td>
    </tr>
    <tr>
      <td style="padding: 20px 40px 30px; text-align: left; color: #4a4a4a; font-size: 16px;">
         <p style="font-size:16px; line-height:1.6; color:#484848;">
          Your 14-day grace period has officially ended.
          <strong>Litlyx has now stopped collecting data from your domains.</strong>
        </p>

        <p style="font-size:16px; line-height:1.6; color:#484848;">
          This means no new events are being tracked, and your reports will no longer update.
        </p>

        <p style="font-size:16px; line-height:1.6; color:#484848;">
          <strong>Your existing data is still safe</strong> and securely stored, but to resume tracking and regain full dashboard access, please upgrade your plan.
        </p>

        <a href="https://dashboard.litlyx.com/plans"
          style="display:block; background-color:#0a0a0a; color:#ffffff; text-align:center; border-radius:16px; text-decoration:none; font-size:14px; padding:16px; margin-top:20px; font-weight: bold;"
          target="_blank">
          Upgrade now to resume tracking
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