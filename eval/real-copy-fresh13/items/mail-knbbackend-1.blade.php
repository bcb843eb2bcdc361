<!DOCTYPE html>
<html lang="en">
<head>
    <meta charset="UTF-8">
    <title>Membership Request Update</title>
</head>
<body style="font-family: Arial, sans-serif; color: #1f1f1f; background-color: #f6f7fb; padding: 0; margin: 0;">
    <table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="background-color: #f6f7fb; padding: 24px 0;">
        <tr>
            <td align="center">
                <table role="presentation" width="600" cellpadding="0" cellspacing="0" style="background-color: #ffffff; border-radius: 8px; overflow: hidden; box-shadow: 0 6px 20px rgba(0,0,0,0.08);">
                    <tr>
                        <td style="background-color: #16a34a; padding: 16px 24px; color: #ffffff; font-weight: 700;">
                            Membership Request Update
                        </td>
                    </tr>
                    <tr>
                        <td style="padding: 24px;">
                            <p style="margin: 0 0 16px 0;">Hi {{ $first_name ?? 'there' }},</p>
                            <p style="margin: 0 0 16px 0;">Thank you for your interest in becoming a member. After review, we’re not able to approve your request right now.</p>
                            <p style="margin: 0 0 16px 0;">Please know this isn’t a reflection of your intent to help. You’re welcome to reach out to us with any questions or provide additional details, and you can reapply in the future.</p>
                            <p style="margin: 0 0 16px 0;">We appreciate your time and hope to connect again soon.</p>
                            <p style="margin: 24px 0 0 0;">Warm regards,<br/>Kalinga ng Kababaihan</p>
                        </td>
                    </tr>
                </table>
            </td>
        </tr>
    </table>
</body>
</html>
