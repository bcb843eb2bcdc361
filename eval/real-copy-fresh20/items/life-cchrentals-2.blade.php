

<!DOCTYPE html>
<html lang="en">
<head>
    <meta charset="UTF-8">
    <meta name="viewport" content="width=device-width, initial-scale=1.0">
    <meta http-equiv="X-UA-Compatible" content="ie=edge">
    <title>Car Registration Status</title>
</head>
<body>
    <div style="font-family: Arial, Helvetica, sans-serif; max-width: 600px; margin: auto;">
        <h2 style="color: red;">Car Registration Declined</h2>
        <p>Dear {{ $name }},</p>
        <p>We regret to inform you that your car registration has been declined by the admin. After careful review, we found that your car registration does not meet our requirements.</p>
        <p>Please make sure to review our requirements and try registering again when you meet all the criteria. We encourage you to make the necessary updates to your car and registration documents to comply with our guidelines.</p>
        <p>Thank you for your understanding.</p>
        <p>Sincerely,</p>
        <p>CCH Car Rentals</p>
    </div>
</body>
</html>

