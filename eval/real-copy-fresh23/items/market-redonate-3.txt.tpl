Hi there,

You entered your e-mail address for a campaign that you already
subscribed to in the past. If you meant to change your settings, please
click the confirmation link, and we'll update your settings.

If you didn't mean to change your settings and want to keep things as
they were before, you can simply ignore this e-mail. If you have any
further questions, don't hesitate to reply to this e-mail!

Campaign: {%?campaign-name}

Previous monthly amount: {%?old}

New monthly amount: {%?new}

Click this link to confirm the change: {%?confirmation-url}

- Sven Slootweg, ReDonate

-----

If you want to cancel your donation pledge or change other settings, 
please visit {%?unsubscribe-url}.

