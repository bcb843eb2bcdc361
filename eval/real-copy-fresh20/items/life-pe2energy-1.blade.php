<!DOCTYPE html>
<html lang="en">
<head>
    <meta charset="UTF-8">
    <meta http-equiv="X-UA-Compatible" content="IE=edge">
    <meta name="viewport" content="width=device-width, initial-scale=1.0">
    <title>Meter Readings Request Template</title>
</head>
<body>
    <p>Hello {{ $customer->firstname }},</p>
    
    <p>
        It has come to our attention that we have not yet received your meter readings this year. 
        Please send us your meter readings through the Customer Portal -> Meter Readings. 
    </p>

    <p>Thank you for using our service!</p>
</body>
</html>