Hi,

We cannot determine whether or not the email with the following subject was received or sent by you:

{$subject}

Please make sure you are forwarding an email which has been sent by or received by you.

--
Sent by the Tactile Team
