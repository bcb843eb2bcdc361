<x-mail::message>
# KYC Documents Received, {{ $name }}

Thank you for submitting your KYC documents. Our team is currently reviewing them.

You will receive a follow-up email within **1–2 business days** once your account is approved or if we need additional information.

If you have any questions, please reply to this email.

Thanks,<br>
**The Ourth Team**
</x-mail::message>
