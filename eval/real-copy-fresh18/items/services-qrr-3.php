Thanks {user_name},

Your booking request is <strong>waiting to be confirmed</strong>.

Give us a few moments to make sure that we've got space for you. You will receive another email from us soon. If this request was made outside of our normal working hours, we may not be able to confirm it until we're open again.

<strong>Your request details:</strong>
Name: {user_name}
Email: {user_email}
Party: {party}
Date: {date}

{fields}


<em>This message was sent by {site_link} on {current_date}.</em>