<!DOCTYPE html>
<html>
<head>
    <title>Vaccine Appointment Reminder</title>
</head>
<body>
    <h1>Hello {{ $name }},</h1>
    <p>This is a reminder for your vaccine appointment.</p>
    <p>Your NID: {{ $nid }}</p>
    <p>Scheduled Date: {{ $scheduledDate }}</p>
    <p>Center Name: {{ $centerName }}</p>
    <p>Please make sure to arrive on time.</p>
</body>
</html>
