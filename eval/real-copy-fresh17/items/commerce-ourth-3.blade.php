<x-mail::message>
# Congratulations, {{ $name }}! 🎉

Your vendor account on Ourth has been **approved**. You can now log in and start managing your store.

<x-mail::button :url="config('app.url')">
Open Ourth Vendor App
</x-mail::button>

Welcome aboard,<br>
**The Ourth Team**
</x-mail::message>
