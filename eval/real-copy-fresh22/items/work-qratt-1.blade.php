@component('mail::message')
# Account Suspension Notice

Dear User,

We are writing to inform you that your account has been suspended due to suspicious activities detected on your account. This action has been taken to protect the security and integrity of our platform.

If you believe this is a mistake or would like to appeal this decision, please contact our support team.

Thank you for your understanding.

Best regards,<br>
{{ config('app.name') }}
@endcomponent 