<x-mail::message>
# Account Deletion Confirmation

We are sorry to see you go! 
This is a confirmation email to let you know that your account has been deleted from our system.
Thank you for being a part of our community and we hope to see you back soon!

Thanks,<br>
{{ config('app.name') }}
</x-mail::message>
