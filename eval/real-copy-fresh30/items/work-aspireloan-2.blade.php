<!DOCTYPE html>
<html>
<head>
    <title>We're Sorry, Loan Request {{ $details['hid'] }} Rejected.</title>
</head>
<body>
    <p>Dear {{ $details['name'] }}, we're sorry, loan request {{ $details['hid'] }} is rejected.</p>

    <p>We're writing to inform you that unfortunately, we are unable to approve your loan request at this time. We understand that this news may be disappointing, and we want to express our sincere apologies for any inconvenience this may cause.</p>

    <p>Please know that our team carefully reviewed your application and we appreciate the time and effort you put into submitting it. Unfortunately, based on our review, we are unable to approve your loan request at this time.</p>

    <p>We understand that securing financing is an important step in achieving your financial goals, and we regret that we cannot assist you in this instance. We want to assure you that this decision was not taken lightly and we remain committed to providing you with the highest level of service in all of our future interactions.</p>

    <p>If you have any questions or concerns about this decision, please do not hesitate to reach out to us. We are here to support you and provide any additional information you may need.</p>

    <p>Thank you for considering our company for your lending needs, and we wish you the best in your financial endeavors.</p>

    <p>Sincerely,<br/>
    <br/>
    Aspire Loan Team
    </p>
</body>
</html>