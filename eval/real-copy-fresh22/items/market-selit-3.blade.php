<!DOCTYPE html>
<html>
<head>
    <title>Order Cancellation Notification</title>
</head>
<body>
<h1>Hello {{$shopOwnerName}},</h1>
<p>We regret to inform you that the customer has canceled the order : {{$orderReference}}.</p>

<p>Please log in to your dashboard for additional details. You'll find information about the canceled items and any relevant notes.</p>

<p>Dashboard Link: <a href="#">Go to Dashboard</a></p>

<p>If you have any questions or need further assistance, feel free to reach out.</p>

<p>Thank you for your understanding!</p>
</body>
</html>
