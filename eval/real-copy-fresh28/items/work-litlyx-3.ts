export const N6_FREE_TRIAL_HAS_ENDED = `<!DOCTYPE html>
<html lang="en">

<head>
  <meta charset="UTF-8" />
  <meta name="viewport" content="width=device-width, initial-scale=1.0" />
  <title>Your Litlyx trial has ended</title>
</head>

<body style="margin:0; padding:0; font-family: Arial, sans-serif; background-color:#f9f9f9;">
  <table align="center" cellpadding="0" cellspacing="0" width="100%"
    style="max-width:600px; margin:auto; background-color:#ffffff; border-radius:8px;">
    <tr>
      <td align="center" style="padding: 40px 20px 10px;">
 <img src="https://static.litlyx.com/icon.png" alt="" width="48px" height="48px">
        <h2 style="font-size:20px; color:#333333; margin:0;">Your Litlyx trial has ended</h2>
      </td>
    </tr>
    <tr>
      <td style="padding: 20px 40px 30px; text-align: left; color: #4a4a4a; font-size: 16px;">
        <p style="font-size:16px; line-height:1.6; color:#484848;">
          Your 30-day free trial with Litlyx has ended, and we've temporarily restricted access to your dashboard.
          <strong>However, we will continue tracking your data for an additional 14 days</strong> to give you time to
          upgrade.
          After this period, tracking will stop to help us reduce server costs and maintain sustainability.
        </p>

        <p style="font-size:16px; line-height:1.6; color:#484848;">
          <strong>All the data you've collected is safe and securely stored in our database</strong>.
          Please note that data may be deleted after a period of inactivity.
        </p>

        <a href="https://dashboard.litlyx.com/plans"
          style="display:block; background-color:#0a0a0a; color:#ffffff; text-align:center; border-radius:16px; text-decoration:none; font-size:14px; padding:16px; margin-top:20px; font-weight: bold;"
          target="_blank">
          Upgrade your plan
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