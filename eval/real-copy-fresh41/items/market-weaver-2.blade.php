<x-mail::message>
# Need a Pro-level discount?

Hey again, I noticed you hit your limit for essay submissions but haven't upgraded yet.

Weaver School Pro is only $8.99/mo, which is only $4 more than what you're paying now for Basic.

When you upgrade, you'll only pay the difference between the two plans.

To make the decision a bit easier for you, here's a discount to save you a little money.

Just use the coupon code **45OFFNOW** and you'll get one month of Weaver School Pro for just **$4.95**.


You'll also be able to submit 5 practice speaking tests per month, and get access to AI flashcard creation.


You can also choose to upgrade to Weaver School Premium which gets you 50 essay submissions per month.


Just [click here to manage your subscription](https://weaverschool.com/billing).

<x-mail::button :url="'https://weaverschool.com/billing'">
Manage Subscription
</x-mail::button>

Good luck with your essays!<br>


<br>
<img src="{{ asset('https://we-public.s3.eu-north-1.amazonaws.com/images/teachers/lucas+weaver+english+teacher+weaver+school.png') }}" style="height: 100px; width: 100px; border-radius: 50%; margin-top: 20px; margin-bottom: 20px; margin-left: 40%; margin-right: 45%;" alt="lucas weaver">

Lucas Weaver, Founder<br>
{{ config('app.name') }}
</x-mail::message>
