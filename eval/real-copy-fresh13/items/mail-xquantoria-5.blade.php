VERIFY YOUR EMAIL ADDRESS
=========================

Hello {{ $userName }},

Welcome to {{ config('app.name') }}! Please verify your email address to complete your registration.

Click the link below to verify your email:

{{ $verificationUrl }}

WHAT HAPPENS NEXT?
- Click the verification link above
- Your email will be confirmed
- You'll gain full access to your account

If you didn't create an account with us, please ignore this email.

---
This is an automated message, please do not reply to this email.
© {{ date('Y') }} {{ config('app.name') }}. All rights reserved.
