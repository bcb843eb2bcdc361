<p>Refund Processed</p>
<p>Hello {{$name}}</p>
<p>You have received a refund of <b>{{$amount}}</b> through the same payment method used for the transaction. Depending on your financial institution, it may take up to seven (7) working days to reflect in your account.</p>
<br><br>
<p><strong>Any questions?</strong></p>
<p>Please check out the Frequently Asked Questions section for answers to some of the most asked questions. Your feedback and thoughts matter a great deal to us. Do not hesitate to share them via feedback@graphicnewsplus.com</p>