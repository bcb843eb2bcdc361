<x-mail::message>
# Account deleted

Your account has been deleted. If you had active subscription, it is now canceled.

Thanks for using Bar Assistant.
</x-mail::message>
