const template = `
<!DOCTYPE html>
<html>
<head>
    <meta charset="UTF-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>Welcome to Datifyy 💕 | Your Love Story Begins</title>
    <style>
        body {
            background-color: #fff5f8;
            font-family: 'Arial', sans-serif;
            margin: 0;
            padding: 0;
            color: #333;
        }
        .container {
            max-width: 600px;
            margin: 30px auto;
            background: #ffffff;
            border-radius: 12px;
            box-shadow: 0 4px 10px rgba(0, 0, 0, 0.1);
            overflow: hidden;
        }
        .header {
            background: linear-gradient(135deg, #ff758c, #ff7eb3);
            padding: 20px;
            text-align: center;
            color: #fff;
            font-size: 24px;
            font-weight: bold;
        }
        .content {
            padding: 20px;
            text-align: center;
        }
        .content p {
            font-size: 16px;
            line-height: 1.6;
            color: #555;
        }
        .button {
            background: #ff3366;
            color: #fff;
            padding: 12px 20px;
            text-decoration: none;
            font-size: 18px;
            border-radius: 8px;
            display: inline-block;
            margin-top: 20px;
        }
        .footer {
            padding: 15px;
            text-align: center;
            font-size: 14px;
            color: #777;
            background: #ffe4ea;
            border-top: 1px solid #ffb6c1;
        }
    </style>
</head>
<body>

    <div class="container">
        <div class="header">💖 Welcome to Datifyy!</div>
        <div class="content">
            <p>Hey there,</p>
            <p>Welcome to **Datifyy**, where love finds its way. We're so excited to have you here! Your journey to meaningful connections starts now. 💑</p>
            <p>Find your perfect match, explore exciting conversations, and make beautiful memories. Your next great love story begins today. 💕</p>
            <p>Click below to explore and set up your profile:</p>
            <a href="https://datifyy.com/get-started" class="button">Get Started</a>
            <p>If you have any questions, our support team is always here for you.</p>
        </div>
        <div class="footer">
            With Love, <br> 💕 The Datifyy Team
        </div>
    </div>

</body>
</html>

`;

export default template;
