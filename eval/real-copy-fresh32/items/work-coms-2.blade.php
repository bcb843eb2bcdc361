<!DOCTYPE html>
<html lang="en">

<head>
    <meta charset="UTF-8">
    <meta name="viewport" content="width=device-width, initial-scale=1.0">
    <title>Document</title>
</head>

<body>
    <p>We regret to inform you that your application for {{ $spaceName }} in {{ $concourseName }} at {{ $concourseAddress }} has been rejected. We acknowledge and appreciate that you submitted all required documents; however, you did not proceed to the next step of the application process, which includes signing the contract and paying the security deposit.</p>
    <p>As a result, we will reopen the application for this space, and you will need to reapply if you are still interested. We would be glad to assist you with the process again.</p>
    <p>Regards,<br>COMS</p>
</body>

</html>