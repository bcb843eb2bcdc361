<x-mail::message>

We’re writing to confirm that your Wayyti account has been successfully deleted. We’re sorry to
see you go! </br>

Your feedback means a lot to us, and it’s how we continue improving Wayyti for users like you. If
you have a moment, we’d love to hear why you decided to leave. Please share your thoughts at
info@wayyti.com. Every bit of feedback helps us create a better experience, and your input
could make a real difference.
</br>

If this was done in error, or if you ever decide to return, you can create a new account at any
time by registering on the Wayyti app again.
</br>

Thank you for using Wayyti. We’re always improving, and we hope you’ll give us another try in
the future.

Thank you,<br>
The Wayyti Team
</x-mail::message>
