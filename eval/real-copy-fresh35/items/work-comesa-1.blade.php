<!DOCTYPE html>
<html>
<head>
    <title>Supplier Successfull Submission</title>
</head>
    <style>
        p{
            text-align: justify;
        }
    </style>
<body>
    <h3> Dear {{$username}}, </h3>


    <p>We hope this message finds you well. We appreciate your interest in becoming a registered supplier with COMESA E-Procurement System and your effort in submitting the supplier application form.</p>

    <p>After careful review of your application, we regret to inform you that your application has not been successful at this time. The decision is based on the following conditions that were not fulfilled in your submission:</p>

    <p>While your application has not been successful at this time, we encourage you to address the noted deficiencies and consider reapplying in the future. Our goal is to maintain a high standard of quality and compliance within our supplier network, and we believe that with the necessary adjustments, your company may meet the criteria for approval.</p>

    <p>If you have any questions or require further clarification on the specific reasons for rejection, please feel free to contact our support team</p>

    <p>Thank you for your understanding and continued interest in being a part of the COMESA E-Procurement System. We wish you the best in your future endeavors.</p>
    <p> Best regards, </p>

    <p>---------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------  </p>

    <p>Please do not reply to this email, its auto-generated from COMESA E-Procurement System.</p>
    
</body>
</html>