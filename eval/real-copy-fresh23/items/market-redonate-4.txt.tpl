Hello there {%?name}, great to have you on board!

You've recently signed up on ReDonate. We want to make sure that it was really you, so you'll have to click (or copy-paste) the following link to let us know that you're okay with this:

{%?confirmation-url}

If you did not sign up yourself or you changed your mind, don't worry! You can simply ignore this e-mail, and we'll remove your account in 7 days.

If you have any further questions, don't hesitate to reply to this e-mail! We promise we'll read every e-mail, and give you a personal response.

- Sven Slootweg, ReDonate
