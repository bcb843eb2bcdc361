<!DOCTYPE html>
<html lang="en">
<head>
    <meta charset="UTF-8">
    <title>Volunteer Request Update</title>
</head>
<body style="font-family: Arial, sans-serif; color: #1f1f1f; background-color: #f6f7fb; padding: 0; margin: 0;">
    <table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="background-color: #f6f7fb; padding: 24px 0;">
        <tr>
            <td align="center">
                <table role="presentation" width="600" cellpadding="0" cellspacing="0" style="background-color: #ffffff; border-radius: 8px; overflow: hidden; box-shadow: 0 6px 20px rgba(0,0,0,0.08);">
                    <tr>
                        <td style="background-color: #f97316; padding: 16px 24px; color: #ffffff; font-weight: 700;">
                            Volunteer Request Update
                        </td>
                    </tr>
                    <tr>
                        <td style="padding: 24px;">
                            <p style="margin: 0 0 16px 0;">Hi {{ $first_name }},</p>
                            <p style="margin: 0 0 16px 0;">Thank you for offering to volunteer for {{ $project_name }}. We truly appreciate your willingness to help.</p>
                            <p style="margin: 0 0 16px 0;">After reviewing current needs, we’re unable to place you on this project right now. We’re grateful for your interest and hope you’ll consider volunteering with us in the future.</p>
                            <p style="margin: 24px 0 0 0;">With gratitude,<br/>Kalinga ng Kababaihan</p>
                        </td>
                    </tr>
                </table>
            </td>
        </tr>
    </table>
</body>
</html>
