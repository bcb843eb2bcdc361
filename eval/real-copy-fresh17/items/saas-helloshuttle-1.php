<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>Booking status confirmation</title>
</head>
<body>
    <p>Thank you for choosing us!</p>
    <p>We are so sorry for not having a chance to serve you at the moment.</p>
    <p>
        If you have paid for the reservation, our system will automatically refund for the booking, and the money should be arrived to your account shortly.
    </p>
    <p>
        In case it takes too long, please call us at: 
        <a href="javascript:void(0)" target="_blank">(000) 000-0000</a>
    </p>
</body>
</html>