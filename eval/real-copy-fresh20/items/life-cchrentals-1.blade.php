
<!DOCTYPE html>
<html>
<head>
    <title>Car Owner Registration Declined</title>
    <style>
        body {
            font-family: Arial, sans-serif;
            font-size: 14px;
            color: #444;
        }
        h2 {
            margin-top: 0;
        }
        
    </style>
</head>
<body>
    <h2>Car Owner Registration Declined</h2>
    <p>Dear {{ $name }},</p>
    <p>We are sorry to inform you that your car owner registration has been declined by the administrator. Unfortunately, the information you provided did not meet our requirements for car ownership. Please feel free to contact us for more information.</p>
    <p>Thank you for your interest in our car rental platform.</p>
    
    <p>Best regards,</p>
    <p>CCH Car Rentals</p>
</body>
</html>
