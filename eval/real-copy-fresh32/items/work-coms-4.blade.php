<!DOCTYPE html>
<html>
<head>
    <title>Application Requirements Rejected</title>
</head>
<body>
    <p>We regret to inform you that your application requirements for {{ $spaceName }} in {{ $concourseName }} at {{ $concourseAddress }} have been rejected. Please try to apply again and ensure that all required documents are submitted.</p>
    <p>Regards,<br>COMS</p>
</body>
</html>
