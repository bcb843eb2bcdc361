<x-mail::message>
Hello,

We have reviewed your request to change your username to {{ $desiredDisplayName }}, and have decided not to approve it at this time.

You are welcome to submit another request after a 30 day cooldown period has ended.

— Your friends at RetroAchievements.org
</x-mail::message>
