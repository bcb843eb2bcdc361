Hi {user_name},

Sorry, we could not accomodate your booking request.
We're full or not open at the time you requested:

<strong>Your request details:</strong>
Name: {user_name}
Email: {user_email}
Party: {party}
Date: {date}

{fields}

<em>This message was sent by {site_link} on {current_time}.</em>