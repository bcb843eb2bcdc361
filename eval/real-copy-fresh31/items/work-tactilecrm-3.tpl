Hi {$firstname},

I'm sorry to see you requested to cancel your account. We've now
processed the request and it is no longer active.

If you have a couple of minutes I'd really like to find out why
Tactile CRM wasn't for you and any feedback, comments, or suggestions
you may have. Just reply to this email and I'll see if we can do
anything about it.

Thanks for taking the time to look at Tactile CRM and to read this
email. I'd like to wish you the best of luck in your search for a
CRM system.

{include file="mails/shared/jake-sig.tpl"}
