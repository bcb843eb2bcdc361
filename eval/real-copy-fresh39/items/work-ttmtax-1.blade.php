Dear {{$name}},<br>
<br>
Thank you for submitting your questionnaire {{$year}}.<br>
<br>
The next step in the tax filing process is payment of the fees. We kindly ask you to pay the fee via the client portal.<br>
<br>
Please go to the client portal via this link, go to “current action” and via the button follow the payment procedure.<br>
<br>
You can enter the client portal direct via this <a href="https://portal.ttmtax.nl/">link.</a><br>
<br>
If you have any questions, please contact us via e-mail (info@ttmtax.nl) or call us via +31 (0)20 511009.<br>
<br>
Enjoy the day!<br>
Best regards,<br>
<br>
Team TTMTAX
