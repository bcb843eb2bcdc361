<!DOCTYPE html>
<html>
<head>
    <meta charset="UTF-8">
    <title>Welcome to Nichebit Softech PVT.LTD</title>
</head>
<body>
    <table style="width: 100%; max-width: 600px; margin: 0 auto; padding: 20px; border: 1px solid #e0e0e0; font-family: Arial, sans-serif;">       
        <tr>
            <td align="center" style="padding: 20px 0;">
                <h1 style="color: #007bff;">Welcome to NicheBit Softech!</h1>
                <p style="font-size: 16px;">Dear ${UserName},</p>
                <p style="font-size: 16px;">Thank you for registering with NicheBit Company. We are excited to have you join our community!</p>
                <p style="font-size: 16px;">With your new account, you can access a wide range of services and features designed to make your experience with us exceptional.</p>
                <p style="font-size: 16px;">Please keep your login details secure and do not share them with anyone. If you have any questions or need assistance, feel free to reach out to our HR team at hr@nichebit.com </p>
                <p style="font-size: 10px; color:red"> Login ID = ${UserName}</p>
                <p style="font-size: 10px; color:red"> Password = ${Password}</p> 
                <p style="font-size: 10px; color:red"> URL = ${URL}</p>   
                <p style="font-size: 16px;">Once again, welcome aboard and thank you for choosing NicheBit Company!</p>
                <p style="font-size: 16px;">Best regards,</p>
                <p style="font-size: 16px;">The NicheBit Team</p>
            </td>
        </tr>
        <tr>
            <td align="center" style="background-color: #f9f9f9; padding: 10px;">
                <p style="font-size: 12px; color: #666666;">If you received this email by mistake, simply delete it. You won't be subscribed if you don't click the confirmation link above.</p>
            </td>
        </tr>
    </table>
</body>
</html>
