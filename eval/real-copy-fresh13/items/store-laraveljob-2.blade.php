{{ $marketer->short_name }} Refer-A-Friend

Congratulations, {{ $name }} !

You have successfully referred {{ $friend->first_name }} to {{ $marketer->short_name }}. This referral entitles you to receive a check for $25. We will also send {{ $friend->first_name }} a $25 check as our way of saying "Thanks!".

You can continue to use your address below to refer more friends.

Thank you for choosing {{ $marketer->short_name }}. We sincerely appreciate it.

Continue to earn $25 for every {{ $marketer->short_name }} referral!

For every friend that you refer and enrolls with us, you will earn $25, and your friend will also receive another $25. Everyone wins!

Share With Friends Now!

{{ $referralCode->referralUrl() }}

