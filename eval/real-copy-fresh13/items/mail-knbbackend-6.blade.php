<!DOCTYPE html>
<html lang="en">
<head>
    <meta charset="UTF-8">
    <title>Membership Request Approved</title>
</head>
<body style="font-family: Arial, sans-serif; color: #1f1f1f; background-color: #f6f7fb; padding: 0; margin: 0;">
    <table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="background-color: #f6f7fb; padding: 24px 0;">
        <tr>
            <td align="center">
                <table role="presentation" width="600" cellpadding="0" cellspacing="0" style="background-color: #ffffff; border-radius: 8px; overflow: hidden; box-shadow: 0 6px 20px rgba(0,0,0,0.08);">
                    <tr>
                        <td style="background-color: #16a34a; padding: 16px 24px; color: #ffffff; font-weight: 700;">
                            Membership Request Approved
                        </td>
                    </tr>
                    <tr>
                        <td style="padding: 24px;">
                            <p style="margin: 0 0 16px 0;">Hi {{ $first_name ?? 'there' }},</p>
                            <p style="margin: 0 0 16px 0;">Great news! Your membership request has been approved.</p>
                            <p style="margin: 0 0 16px 0;">Your member number is <strong>{{ $member_number ?? 'to be assigned' }}</strong>. Keep this handy for future activities and communications.</p>
                            <p style="margin: 0 0 16px 0;">Thank you for choosing to be part of our community. We are excited to have you with us and will share next steps shortly.</p>
                            <p style="margin: 24px 0 0 0;">Warm regards,<br/>Kalinga ng Kababaihan</p>
                        </td>
                    </tr>
                </table>
            </td>
        </tr>
    </table>
</body>
</html>
