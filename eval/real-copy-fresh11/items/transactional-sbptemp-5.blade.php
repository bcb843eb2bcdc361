<!DOCTYPE html>
<html lang="en">
<head>
    <meta charset="UTF-8">
    <meta name="viewport" content="width=device-width, initial-scale=1.0">
    <title>Your OTP Code</title>
</head>
<body>
    <h1>Your OTP Code</h1>
    <p>Dear Customer,</p>
    <p>Thank you for shopping with <strong>{{ $storeName }}</strong>.</p>
    <p>Your OTP code is <strong>{{ $otpCode }}</strong>.</p>
    <p>Please use this code to proceed with your transaction.</p>
    <p>Thank you!</p>
</body>
</html>
