<!DOCTYPE html>
<html lang="en">
<head>
    <meta charset="UTF-8">
    <meta name="viewport" content="width=device-width, initial-scale=1.0">
    <title>Cancel Booking Confirmation</title>
</head>
<body>
<h1>Cancel Booking Confirmation</h1>

<p>Hi there!</p>

<p>Your booking for the event "${eventname}" scheduled at ${eventdate} on ${eventvenue} venue has been successfully cancelled.</p>

<p>Your booking details:</p>

<p><strong>Booking ID:</strong> ${bookingid}</p>
<p><strong>Number of Tickets:</strong> ${bookingNumTickets}</p>

<p>We're sorry to see you go. If you have any questions, feedback or need any further assistance, please feel free to reach out to us!</p>

<p>We hope to see you again!</p>

<p>Best regards,</p>
<p>Ticket.ly Management Team</p>
</body>
</html>
