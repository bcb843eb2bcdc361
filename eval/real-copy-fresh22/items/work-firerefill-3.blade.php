<!DOCTYPE html>
<html>
<head>
    <title>Service Accepted</title>
</head>
<body>
    <h2>Your Service Request has been Accepted</h2>
    <p>Dear Customer,</p>
    <p>We are pleased to inform you that your service request has been accepted by <strong>{{ $providerName }}</strong>.</p>
    <p>They will be in touch with you soon.</p>
    <p>Thank you for choosing our service.</p>
</body>
</html>
