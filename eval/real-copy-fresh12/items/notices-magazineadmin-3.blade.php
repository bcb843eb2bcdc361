<p><strong>Oh No, your payment failed.</strong></p><br>
<p>Hello {{$name}}</p><br>
<p>We are having trouble authorizing your payment of {{$currency}} {{$amount}} for Graphic NewsPlus. Your order was cancelled because we did not receive your payment.</p><br> 
<p>
Please verify your payment details and try again. If your payment information is correct, please contact your bank or financial institution for more details.</p><br>
<p> 
To keep your Graphic NewsPlus subscription, you need to update your payment details and try again.
</p><br><br>
<p><strong>Any questions?</strong></p><br>
<p>
Please check out the Frequently Asked Questions section for answers to some of the most asked questions. Your feedback and thoughts matter a great deal to us. Do not hesitate to share them via feedback@graphicnewsplus.com .</p> 
