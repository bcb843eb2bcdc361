<x-mail::message>
# Account Update, {{ $name }}

Thank you for applying to sell on Ourth. After reviewing your submission, we were unable to approve your account at this time.

**Reason:** {{ $reason }}

You are welcome to update your documents and reapply. If you believe this is an error or need help, please reply to this email.

Thanks,<br>
**The Ourth Team**
</x-mail::message>
