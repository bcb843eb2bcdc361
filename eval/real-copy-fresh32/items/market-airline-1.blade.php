<!DOCTYPE html>
<html>

<head>
    <meta charset="UTF-8">
    <title>Travel Newsletter</title>
</head>

<body style="margin:0; padding:0; background-color:#f2f2f2;">
    <table cellpadding="0" cellspacing="0" border="0" width="100%" style="background-color:#f2f2f2; padding:20px 0;">
        <tr>
            <td align="center">
                <table cellpadding="0" cellspacing="0" border="0" width="600"
                    style="background-color:#ffffff; border-radius:8px; overflow:hidden; font-family:Arial, sans-serif;">

                    <!-- Header -->
                    <tr>
                        <td style="background-color:#4B45FF; padding:20px; text-align:center;">
                            <h1 style="color:#ffffff; font-size:24px; margin:0;"> OurAgent - Exclusive Travel Offers
                            </h1>
                        </td>
                    </tr>

                    <!-- Hero Section -->
                    <tr>
                        <td style="padding:20px; text-align:center;">
                            <h2 style="color:#333333; font-size:20px;">Book your next trip at the best prices!</h2>
                            <p style="color:#666666; font-size:14px;">Discover new destinations and take advantage of
                                exclusive offers for newsletter subscribers.</p>
                            <a href="https://your-travel-site.com"
                                style="display:inline-block; margin-top:15px; padding:10px 20px; background-color:#4B45FF; color:#ffffff; text-decoration:none; border-radius:4px; font-weight:bold;">Book
                                Now</a>
                        </td>
                    </tr>

                    <!-- Offers Section -->
                    <tr>
                        <td style="padding:20px;">
                            <table width="100%" cellpadding="0" cellspacing="0">
                                <tr>
                                    <td style="width:50%; padding:10px;">
                                        <table cellpadding="0" cellspacing="0" width="100%"
                                            style="border:1px solid #ddd; border-radius:4px;">
                                            <tr>
                                                <td style="padding:10px;">
                                                    <h3 style="margin:0; color:#4B45FF;">Dubai</h3>
                                                    <p style="margin:5px 0; font-size:13px; color:#333;">Starting at
                                                        $199
                                                    </p>
                                                    <a href="tel:+1111111111"
                                                        style="color:#4B45FF; font-size:13px;">Call us to Book your
                                                        flight</a>
                                                </td>
                                            </tr>
                                        </table>
                                    </td>
                                    <td style="width:50%; padding:10px;">
                                        <table cellpadding="0" cellspacing="0" width="100%"
                                            style="border:1px solid #ddd; border-radius:4px;">
                                            <tr>
                                                <td style="padding:10px;">
                                                    <h3 style="margin:0; color:#4B45FF;">Bali</h3>
                                                    <p style="margin:5px 0; font-size:13px; color:#333;">Starting at
                                                        $399
                                                    </p>
                                                    <a href="tel:+1111111111"
                                                        style="color:#4B45FF; font-size:13px;">Call us to Book your
                                                        flight</a>
                                                </td>
                                            </tr>
                                        </table>
                                    </td>
                                </tr>
                            </table>
                        </td>
                    </tr>

                    <!-- Divider -->
                    <tr>
                        <td style="padding:0 20px;">
                            <hr style="border:none; border-top:1px solid #eeeeee;">
                        </td>
                    </tr>

                    <!-- Footer -->
                    <tr>
                        <td style="padding:20px; text-align:center; font-size:12px; color:#999999;">
                            You are receiving this email because you subscribed to the newsletter for OurAgent.<br>
                            <a href="#" style="color:#999999; text-decoration:underline;">Cancel Subscription</a>
                        </td>
                    </tr>

                </table>
            </td>
        </tr>
    </table>
</body>

</html>
