<x-mail::message>
# Need a discount?

Hello again, I noticed you're out of trial essay submissions, but you haven't upgraded to a Weaver School Basic account to get more.

I want to help you prepare for your IELTS exam as much as I can, so I want to offer you a discount on a **Weaver School Basic** subscription.

This will let you **submit 10 essays each month** to be checked and scored by AI, including access to our newest AI model.

The cost for Weaver School Basic is normally $4.99/mo, but with this discount you can get it for **$2.99** for one month.

Just use this coupon when you checkout: **40BASIC724**

[Click here to sign up](https://weaverschool.com/subscription-checkout/basic/3001).


<br>Good luck with your essays!  

<x-mail::button :url="'https://weaverschool.com/subscription-checkout/basic/3001'">
Get My Discount
</x-mail::button>

<br>
<img src="{{ asset('https://we-public.s3.eu-north-1.amazonaws.com/images/teachers/lucas+weaver+english+teacher+weaver+school.png') }}" style="height: 100px; width: 100px; border-radius: 50%; margin-top: 20px; margin-bottom: 20px; margin-left: 40%; margin-right: 45%;" alt="lucas weaver">

Lucas Weaver, Founder<br>
{{ config('app.name') }}
</x-mail::message>