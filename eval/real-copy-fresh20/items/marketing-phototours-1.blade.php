<!DOCTYPE html>
<html>
<head>
    <meta charset="utf-8">
    <title>Why Costa Rica for a Photography Tour?</title>
</head>
<body style="font-family: Arial, sans-serif; line-height: 1.6; color: #333;">
    <div style="max-width: 600px; margin: 0 auto; padding: 20px;">
                <h1><img src="../../img/public_images/1756663525_vpCyeK9uqA.jpeg" alt="1756663525_vpCyeK9uqA.jpeg" width="1504" height="403" />Welcome to Photography Tours {{ $firstName }}</h1>
<p>Thank you for joining our photography community. We're excited to share amazing Costa Rica photography opportunities with you.</p>
<p>Over the next few days, you'll receive tips and insights about photographing Costa Rica's incredible wildlife and landscapes.</p>
    </div>
</body>
</html>
