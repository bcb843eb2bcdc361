<!DOCTYPE html>
<html>
    
    <head>
        <title>HackerForever | Come back soon!</title>
        <meta charset="UTF-8">
        <meta name="viewport" content="width=device-width, initial-scale=1.0">
        <link href="http://fonts.googleapis.com/css?family=Roboto:400" rel="stylesheet" type="text/css">
        <style type="text/css">
            * {margin: 0;}
            body {
                background-color: #222222;
                font-family: "Roboto";
                font-weight: 400;
                font-size: 18px;
                color: #52A300;
            }
            div {
                margin: 50px auto 0 auto;
                text-align: center;
            }
            div > div {
                padding: 20px;
                width: 600px;
                border-radius: 3px;
                background-color: #111111;
                box-sizing: border-box;
            }
            p {
                line-height: 175%;
                margin: 20px 0;
            }
            a {
                color: inherit;
            }
        </style>
    </head>
    
    <body>
        <div>
            <div>
                <img src="logo2.png" alt="HackerForever Logo">
                <p>Dear hackers,</p>
                <p>We are currently rolling out a huge update!</p>
                <p>Unfortunately the game had to be shut down during this process. We assure you that we are working hard to finish as soon as possible and open the game to the public again.</p>
				<p>There's an HF Chat available on IRC. Client: <a href="http://kiwiirc.com">Kiwi IRC</a>. Room: #hackerforever</p>
                <p>Keep track of our progress here and on <a href="https://www.facebook.com/HackerForever">our Facebook page</a>.</p>
                <p>&mdash; The Game Administration</p>
            </div>
        </div>
    </body>
    
</html>
