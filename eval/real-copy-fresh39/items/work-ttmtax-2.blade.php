Dear {{$name}},<br>
<br>
We hereby like to inform you that we reviewed your questionnaire {{$year}} and that currently some information is not complete or missing.<br>
<br>
Please go to the client portal and open the questionnaire. <br>
<br>
In the second column we indicated in yellow what information is still required and/or needs amendment.<br>
<br>
If you have any questions, please contact us via e-mail (info@ttmtax.nl) or call us via +31 (0)20 511009.<br>
<br>
Enjoy the day!<br>
Best regards,<br>
<br>
Team TTMTAX




