<html>
    <head>
        <style>
            body {
                background: #212121;
                font-family: sans-serif;
            }   

            p {
                margin: 0
            }

            .container {
                width: 100%;
                max-width: 500px;
                margin: 0 auto;
                padding: 0 6px;
            }

            .card {
                width: 100%;
                padding: 22px;
                border-radius: 20px;
                background: #fff;
            }
        </style>
    </head>
    <body>
        <div class="container">
            <div class="card">
                <div class="card-body">
                    <section class="details" style="padding: 10px 0">
                        <p style="font-size: 15px;color: #7a7a7a;line-height: 1.6;">
                            $422.53 payment to ReadyMode was unsuccessful
                            We were unable to charge your Mastercard ending in 8340 for your ReadyMode subscription. Please update your billing information to continue your subscription.
                        </p>
                        <button>Update billing information</button>
                    </section>
                </div>
            </div>
        </div>
    </body>
</html>