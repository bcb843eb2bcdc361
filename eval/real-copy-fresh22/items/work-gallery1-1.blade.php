<!DOCTYPE html>
<html lang="en">
<head>
    <meta charset="UTF-8">
    <meta name="viewport" content="width=device-width, initial-scale=1.0">
    <title>Blocked</title>
</head>
<body>
    <div>
        <h1>Your Account is Blocked</h1>
        <p>We're sorry, but your account has been blocked for some reason.</p>
        <p>If you have any questions or concerns, please contact our support team at <a href="mailto:support@example.com">support@example.com</a>.</p>
        <p><a href="/">Back to Home</a></p>
    </div>
</body>
</html>
