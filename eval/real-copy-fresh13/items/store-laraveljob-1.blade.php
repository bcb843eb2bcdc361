{{ $marketer->short_name }} Referral Program

Hi {{ $name }},

Thank you for enrolling with {{ $marketer->short_name }}.

We are excited to have you as a valued customer.

While your enrollment is being processed, we are inviting you to participate in our Refer-A-Friend program. It is part of the many incentive programs available to {{ $marketer->short_name }} customers. If you are excited about your new {{ $marketer->short_name }} rate, forward this email to your friends and share. All they have to do is use the link below to enroll. Easy!

Earn $25 for you and your friend when they sign-up with {{ $marketer->short_name }}!

For every friend that you refer and enrolls with us, we'll give you $25, and your friend will also receive $25. Everyone wins!

Please use the url below to track your referrals

Share With Friends Now!

{{ $referralCode->referralUrl() }}


