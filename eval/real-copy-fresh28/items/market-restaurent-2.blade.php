<!DOCTYPE html>
<html lang="en">

<head>
    <meta charset="UTF-8">
    <meta name="viewport" content="width=device-width, initial-scale=1.0">
    <title>New Announcement</title>
    <meta name="color-scheme" content="light">
    <meta name="supported-color-schemes" content="light">
</head>

<body
    style="margin: 0; padding: 0; background-color: #f4f4f4; font-family: Arial, sans-serif; -webkit-font-smoothing: antialiased;">
    <table role="presentation" border="0" cellpadding="0" cellspacing="0" width="100%"
        style="background-color: #f4f4f4;">
        <tr>
            <td style="padding: 20px 0;">
                <table role="presentation" border="0" cellpadding="0" cellspacing="0" width="600"
                    style="margin: 0 auto; background-color: #ffffff; border-radius: 8px; box-shadow: 0 2px 4px rgba(0,0,0,0.1);">
                    <!-- Header -->
                    <tr>
                        <td style="padding: 30px 40px; background-color: #0056b3; border-radius: 8px 8px 0 0;">
                            <h1 style="color: #ffffff; margin: 0; font-size: 24px; font-weight: bold;">Café Modern
                                Bites®️</h1>
                        </td>
                    </tr>

                    <!-- Content -->
                    <tr>
                        <td style="padding: 40px;">
                            <p style="color: #333333; font-size: 16px; line-height: 1.6; margin: 0 0 20px 0;">{{
                                $messageContent }}</p>
                        </td>
                    </tr>

                    <!-- Footer -->
                    <tr>
                        <td
                            style="padding: 20px 40px; background-color: #f8f9fa; border-top: 1px solid #eeeeee; border-radius: 0 0 8px 8px;">
                            <table role="presentation" border="0" cellpadding="0" cellspacing="0" width="100%">
                                <tr>
                                    <td style="color: #666666; font-size: 14px;">
                                        <p style="margin: 0;">Best regards,</p>
                                        <p style="margin: 10px 0 0 0;">foodix</p>
                                    </td>
                                </tr>
                                <tr>
                                    <td style="padding-top: 20px;">
                                        <p style="margin: 0; color: #999999; font-size: 12px;">This email was sent by
                                           foodix®️<br>
                                            1901 Thornridge Cir. Shiloh, Hawaii</p>
                                    </td>
                                </tr>
                            </table>
                        </td>
                    </tr>
                </table>

                <!-- Email Footer -->
                <table role="presentation" border="0" cellpadding="0" cellspacing="0" width="600"
                    style="margin: 20px auto 0;">
                    <tr>
                        <td style="padding: 0 40px; text-align: center; color: #666666; font-size: 12px;">
                            <p style="margin: 0;">If you have any questions, please don't hesitate to contact us at
                                support@company.com</p>
                            <p style="margin: 10px 0 0 0;">© 2025 Company Name. All rights reserved.</p>
                        </td>
                    </tr>
                </table>
            </td>
        </tr>
    </table>
</body>

</html>