<!DOCTYPE html>
<html>

<head>
    <meta charset="UTF-8">
    <title>Flight Ticket Cancellation Failed</title>
    <style>
        /* CSS styles for the email template */
        body {
            font-family: Arial, sans-serif;
            color: #333;
        }

        .container {
            max-width: 600px;
            margin: 0 auto;
            padding: 20px;
            border: 1px solid #ccc;
            border-radius: 5px;
        }

        h1 {
            color: #555;
            margin-top: 0;
        }

        p {
            margin: 10px 0;
        }

        .button {
            display: inline-block;
            background-color: #4CAF50;
            color: #fff;
            text-decoration: none;
            padding: 10px 20px;
            border-radius: 4px;
        }

        .button:hover {
            background-color: #45a049;
        }
    </style>
</head>

<body>
    <div class="container">
        <h1>Flight Ticket Cancellation Failed</h1>
        <p>Dear [Customer Name],</p>
        <p>We regret to inform you that the cancellation of your flight ticket with the following details has failed:
        </p>
        <ul>
            <li><strong>Ticket ID:</strong> [Ticket ID]</li>
            <li><strong>Flight Details:</strong> [Flight Details]</li>
            <li><strong>Departure Date:</strong> [Departure Date]</li>
        </ul>
        <p>Please contact our support team for further assistance.</p>
        <p>Thank you for choosing our flight ticket reservation system.</p>
        <p>Sincerely,</p>
        <p>KAE AIRLINE</p>
        <p><a href="[Website URL]" class="button">Visit our website</a></p>
    </div>
</body>

</html>
