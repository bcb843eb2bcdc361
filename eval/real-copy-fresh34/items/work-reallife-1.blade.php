<!DOCTYPE html>
<html>
<head>
    <title>Under Review Email</title>
    <style>
        .under {
            margin-top: 0;
            margin-bottom: 20px;
        }
        .warm1{
            margin-bottom: 0; 
        }
        .warm2{
            margin-bottom: 0; 
            margin-top: 0;
        }
        .under2{
            margin-bottom: 20px;
        }
        .under3{
            margin-bottom: 20px;
        }
        .under4{
            margin-bottom: 0;
            margin-top: 0;
        }
        .under5{
            margin-top: 0;
            margin-bottom: 20px;
        }
    </style>
</head>
<body>
    <p>Dear {{ $firstName }},</p>
    <p class="under">
        Thank you for your interest in applying for the Real LIFE Scholarship. We appreciate you for taking the time to complete the 
        application form and provide us with supporting documents. </p> 
    <p class="under1">This year, we received a large number of exceptional applicants. However, we can only accommodate a limited number of applicants. 
        In this regard, we regret to inform you that your application won’t be advancing through the panel interview process.</p>
    <p class="under2">We truly believe that this isn’t the end for you yet because God's blessings and provision come in different ways! We hope 
        you’ll continue to press on despite life’s great challenges.</p>
    <p class="under3">One of the privileges of Real LIFE Scholars is regular coaching in the areas of leadership, integrity, faith, and excellence. 
        If you'd be interested, we would love to offer you the opportunity to journey with us this way! You may send the following
         details to jeric.bernabe@everynationcampus.org with the following details. Someone from ENC will connect you to one of our 
         Campus Missionaries. </p>

    <p class="under4">Name:</p>
    <p class="under4">Grade/Year:</p>
    <p class="under4">School:</p>
    <p class="under5">Phone Number: </p>

    <p class="warm1">Warm regards,</p>
    <p class="warm2" style="margin-top: -10px;">Real LIFE BGC</p>
</body>
</html>
