<!DOCTYPE html>
<html lang="en">
<head>
    <meta charset="UTF-8">
    <meta name="viewport" content="width=device-width, initial-scale=1.0">
    <title>Congratulations! You've Won a LKR 20,000 Coupon!</title>
    <meta name="color-scheme" content="light">
    <meta name="supported-color-schemes" content="light">
</head>
<body style="margin: 0; padding: 0; background-color: #f6f6f6; font-family: Arial, sans-serif;">
    <table role="presentation" border="0" cellpadding="0" cellspacing="0" width="100%" style="background-color: #f6f6f6;">
        <tr>
            <td style="padding: 20px 0;">
                <table role="presentation" border="0" cellpadding="0" cellspacing="0" width="600" style="margin: 0 auto; background-color: #ffffff; border-radius: 12px; box-shadow: 0 2px 8px rgba(0,0,0,0.1);">
                    <!-- Header with Celebration Background -->
                    <tr>
                        <td style="padding: 40px 40px 30px; background: linear-gradient(135deg, #FFD700, #FFA500); border-radius: 12px 12px 0 0; text-align: center;">
                            <h1 style="color: #ffffff; margin: 0; font-size: 32px; font-weight: bold; text-shadow: 1px 1px 2px rgba(0,0,0,0.2);">🥳 You're a Lucky Winner!</h1>
                        </td>
                    </tr>

                    <!-- Content -->
                    <tr>
                        <td style="padding: 40px;">
                            <p style="color: #333333; font-size: 16px; line-height: 1.6; margin: 0 0 20px 0;">Dear {{ $user['first_name'] }},</p>
                            
                            <p style="color: #333333; font-size: 18px; line-height: 1.6; margin: 0 0 20px 0;">We're thrilled to announce that you're the lucky winner of a <span style="color: #FF6B6B; font-weight: bold;">LKR 20,000</span> coupon from foodix!</p>
                            
                            <p style="color: #333333; font-size: 16px; line-height: 1.6; margin: 20px 0;">Here's what's in store for you:</p>
                            
                            <table role="presentation" border="0" cellpadding="0" cellspacing="0" width="100%" style="margin: 20px 0;">
                                <tr>
                                    <td style="padding: 10px 0;">
                                        <p style="color: #444; font-size: 16px; margin: 0;">✅ A delightful dining experience at foodix.</p>
                                    </td>
                                </tr>
                                <tr>
                                    <td style="padding: 10px 0;">
                                        <p style="color: #444; font-size: 16px; margin: 0;">✅ Exclusive dishes crafted to tantalize your taste buds.</p>
                                    </td>
                                </tr>
                                <tr>
                                    <td style="padding: 10px 0;">
                                        <p style="color: #444; font-size: 16px; margin: 0;">✅ Memories that will last a lifetime!</p>
                                    </td>
                                </tr>
                            </table>

                            <!-- Claim Information Box -->
                            <table role="presentation" border="0" cellpadding="0" cellspacing="0" width="100%" style="margin: 30px 0; background-color: #f8f9fa; border-radius: 8px;">
                                <tr>
                                    <td style="padding: 20px;">
                                        <p style="color: #333333; font-size: 16px; line-height: 1.6; margin: 0 0 15px 0;"><strong>Claim your reward today!</strong></p>
                                        <p style="color: #666666; font-size: 15px; line-height: 1.6; margin: 0;">Contact us at: <span style="color: #007bff;">081 225 6699</span></p>
                                        <p style="color: #666666; font-size: 15px; line-height: 1.6; margin: 10px 0 0 0;">Visit us at: No 45/A Mathale Rd kandy</p>
                                    </td>
                                </tr>
                            </table>

                            <p style="color: #ff6b6b; font-size: 16px; font-weight: bold; margin: 20px 0;">Hurry! This coupon is valid until 07/02/2025.</p>
                            
                            <p style="color: #333333; font-size: 16px; line-height: 1.6; margin: 20px 0;">We can't wait to see you soon. Bon appétit! 🍽</p>

                            <!-- Signature -->
                            <table role="presentation" border="0" cellpadding="0" cellspacing="0" width="100%" style="margin-top: 30px;">
                                <tr>
                                    <td>
                                        <p style="color: #666666; font-size: 15px; line-height: 1.6; margin: 0;">Warm regards,</p>
                                        <p style="color: #333333; font-size: 16px; font-weight: bold; margin: 5px 0;">WINCDIX456</p>
                                        <p style="color: #666666; font-size: 15px; margin: 0;">foodix</p>
                                    </td>
                                </tr>
                            </table>
                        </td>
                    </tr>

                    <!-- Footer -->
                    <tr>
                        <td style="padding: 20px 40px; background-color: #f8f9fa; border-top: 1px solid #eeeeee; border-radius: 0 0 12px 12px;">
                            <table role="presentation" border="0" cellpadding="0" cellspacing="0" width="100%">
                                <tr>
                                    <td style="text-align: center; color: #999999; font-size: 12px;">
                                        <p style="margin: 0;">This is a promotional email from foodix. Please do not reply to this email.</p>
                                        <p style="margin: 10px 0 0 0;">Terms and conditions apply. Valid at participating locations only.</p>
                                    </td>
                                </tr>
                            </table>
                        </td>
                    </tr>
                </table>
            </td>
        </tr>
    </table>
</body>
</html>