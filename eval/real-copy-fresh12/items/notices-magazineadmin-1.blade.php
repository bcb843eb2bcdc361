<p>Hello {{$name}},</p>
Your Graphic NewsPlus subscription has expired. To continue to access digital replicas of your favourite newspapers, magazines, and books, kindly renew your account now. 
<p><a href="{{$renew_link}}" target="_blank">Renew Subscription</a></p>
<br><br>
<p><strong>Steps to Renew</strong></p>
<ol>
    <li>Login to your NewsPlus Account on web or app</li>
    <li>Select My Account/My Subscriptions</li>
    <li>Select Subscriptions to renew</li>
    <li>Make Payment</li>
</ol>
<br>
<p><strong>Any questions?</strong></p>
<p>Please check out the Frequently Asked Questions section for answers to some of the most asked questions. Your feedback and thoughts matter a great deal to us. Do not hesitate to share them via feedback@graphicnewsplus.com .</p>