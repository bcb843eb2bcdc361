<!DOCTYPE html>
<html lang="en">
<head>
    <meta charset="UTF-8">
    <meta name="viewport" content="width=device-width, initial-scale=1.0">
    <meta http-equiv="X-UA-Compatible" content="ie=edge">
    <title>Document</title>
</head>
<body>
    Dear {{$dataTemplate['name']}},<br>
     Congratulations! You have been selected as a candidate for the position of {{$dataTemplate['developer']}}.
     In this position, you have to work 5 days a week and 8 hours per day. You will be reporting to the head of the R&D department. Please note that CODEKART is an at-will employer. That means CODEKART is free to end the employment relationship at any time, with or without notice or cause.

We would like to have your response by reply mail with a signed offer letter as an acceptance within 12 hours. In the meantime, please feel free to contact me via email or phone at +91-9178587486, should you have any questions.

We are all looking forward to having you on our team.

Thank You,

With Regards,
HR Team,
CODEKART SOLUTIONS PVT. LTD.
    <br>
    
</body>
</html>

{{-- Dear Bhagyashree,

We were all thrilled to meet and get to know you over the past few months. We have been impressed with your background and would like to promote you to the position of formally Junior Software Developer. 