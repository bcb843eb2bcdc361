<x-mail::message>
# 🚨 Order has been canceled

Dear Valued Customer,

We regret to inform you that your recent order with **{{ config('app.name') }}** has been canceled. If you've already paid the amount, don't worry, you will receive the refund within **4 - 7 business days**. We understand that this may come as an inconvenience, and we sincerely apologize for any frustration or inconvenience this may cause.

If you have any questions or concerns regarding this cancellation, please don't hesitate to contact our customer support team at **{{ config('app.contact') }}**. We are here to assist you in any way we can.

Best Regards,<br>
{{ config('app.name') }}
</x-mail::message>