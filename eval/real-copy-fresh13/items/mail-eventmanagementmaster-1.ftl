<!DOCTYPE html>
<html lang="en">
<head>
    <meta charset="UTF-8">
    <meta name="viewport" content="width=device-width, initial-scale=1.0">
    <title>Event Cancellation Notification</title>
</head>
<body>
<h1>Event Cancellation Notification</h1>

<p>Dear Guests,</p>

<p>We regret to inform you that the event "${eventname}" scheduled for ${eventdate} at ${eventvenue} has been cancelled.</p>

<p>We apologize for any inconvenience caused. If you have any questions or concerns, please don't hesitate to contact us.</p>

<p>Thank you for your understanding.</p>

<p>Best regards,</p>
<p>Ticket.ly Management Team</p>
</body>
</html>
