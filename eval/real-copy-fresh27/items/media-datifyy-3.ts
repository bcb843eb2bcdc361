const template = `
<!DOCTYPE html>
<html>
<head>
    <meta charset="UTF-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>Find Love on Datifyy</title>
    <style>
        body {
            font-family: Arial, sans-serif;
            background-color: #f9f9f9;
            margin: 0;
            padding: 0;
        }
        .container {
            max-width: 600px;
            margin: 20px auto;
            background: #ffffff;
            border-radius: 10px;
            overflow: hidden;
            box-shadow: 0 4px 8px rgba(0, 0, 0, 0.1);
        }
        .header {
            background-color: #ff4d6d;
            color: white;
            text-align: center;
            padding: 20px;
            font-size: 24px;
            font-weight: bold;
        }
        .content {
            padding: 20px;
            text-align: center;
            color: #333;
        }
        .content h2 {
            color: #ff4d6d;
        }
        .cta-button {
            display: inline-block;
            padding: 12px 24px;
            background-color: #ff4d6d;
            color: #fff;
            text-decoration: none;
            font-size: 18px;
            border-radius: 5px;
            margin-top: 20px;
        }
        .cta-button:hover {
            background-color: #e63950;
        }
        .features {
            text-align: left;
            margin-top: 20px;
        }
        .features ul {
            list-style-type: none;
            padding: 0;
        }
        .features ul li {
            margin-bottom: 10px;
            font-size: 16px;
        }
        .footer {
            background-color: #f1f1f1;
            text-align: center;
            padding: 15px;
            font-size: 14px;
            color: #777;
        }
        .footer a {
            color: #ff4d6d;
            text-decoration: none;
        }
    </style>
</head>
<body>
    <div class="container">
        <!-- Header -->
        <div class="header">💖 Your Perfect Match Awaits on Datifyy! 💑</div>

        <!-- Content -->
        <div class="content">
            <h2>Find Real Love with Verified People</h2>
            <p>Join <strong>Datifyy</strong>, the safest and smartest way to meet like-minded singles.</p>
            
            <div class="features">
                <ul>
                    <li>✅ <strong>Verified Profiles</strong> – No fakes, just real connections 🔒</li>
                    <li>✅ <strong>AI Matchmaking</strong> – Find someone who truly matches you 💘</li>
                    <li>✅ <strong>Live Video Dates</strong> – Meet face-to-face instantly 🎥</li>
                    <li>✅ <strong>Exclusive Dating Events</strong> – Join fun events & speed dating 🎉</li>
                </ul>
            </div>

            <a href="#" class="cta-button">💌 Join Now for Free!</a>

            <p style="margin-top: 20px; font-size: 14px; color: #555;">
                Hurry! Sign up now & get **VIP access** to exclusive dating events! 🎟️
            </p>
        </div>

        <!-- Footer -->
        <div class="footer">
            ❤️ <strong>Datifyy – Where Love Meets Trust</strong> ❤️<br>
            <a href="#">Visit Our Website</a> | <a href="#">Unsubscribe</a>
        </div>
    </div>
</body>
</html>

`;

export default template;
