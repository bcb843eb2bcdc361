<!DOCTYPE html>
<html>
<head>
    <title>Order Cancellation Notification</title>
</head>
<body>
<h1>Hello {{$customerName}}</h1>
<p>We regret to inform you that your order {{$orderReference}} on the shop {{$shopName}} has been canceled by the seller.</p>

<p>If you have any questions or need further assistance, please don't hesitate to reach out to our customer support team.</p>

<p>Thank you for your understanding!</p>
</body>
</html>
