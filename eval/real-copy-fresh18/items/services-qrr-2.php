Hi {user_name},

Your booking request has been <strong>confirmed</strong>. We look forward to seeing you soon.

<strong>Your booking:</strong>
Name: {user_name}
Email: {user_email}
Party: {party}
Date: {date}

{fields}

<em>This message was sent by {site_link} on {current_time}.</em>