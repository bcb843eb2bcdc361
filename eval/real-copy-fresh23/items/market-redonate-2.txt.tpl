Hello there, great to have you on board!

You've subscribed to pledge {%?amount} a month to {%?project-name} using Redonate. We want to make sure that it was really you, so you'll have to click on the following link (or copy-paste it) to confirm that you want to do this:

{%?confirmation-url}

If you did not subscribe and someone else used your e-mail address, don't panic! ReDonate is a service for voluntary recurring donations. We do not automatically charge for a donation, and just act as a reminder service. You can safely ignore this e-mail if you did not subscribe (or changed your mind), and we'll remove the subscription in 7 days.

If you have any further questions, don't hesitate to reply to this e-mail! We promise we'll read every e-mail, and give you a personal response.

- Sven Slootweg, ReDonate
