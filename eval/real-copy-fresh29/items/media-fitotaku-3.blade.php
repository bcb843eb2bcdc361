<x-mail::message>
# Account Update Confirmation

This email is to confirm that your account has been successfully updated.
If you did not make any changes to your account or have any concerns about your account, 
please contact us immediately at support@yourwebsite.com.
Thank you for using our service.

Sincerely,
The {{ config('app.name') }} Team
</x-mail::message>
