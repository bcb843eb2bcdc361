Dear {{$name}},<br>
<br>
Thank you for your approval. We hereby like to inform you that have filed your {{$year}} Dutch income tax return with the Dutch tax authorities. <br>
The Dutch tax authorities will assess the filed tax return and impose a (preliminary) tax assessment with an amount due or receivable. <br>
Please note that it can take up to 3-12 months before the Dutch tax authorities impose a tax assessment. <br>
Unfortunately we cannot speed up this process. Please upload the tax assessment for review via your client portal<br>
<br>
    Please note that in case a refund is to be expected and your bank account details are not known with the Dutch tax authorities you will receive a letter/e-mail from the Dutch tax authorities to provide your bank account details. <br>
Please inform us upon receipt.<br>
<br>
    You can enter the client portal direct via this link.<br>
    If you have any questions, please contact us via e-mail (info@ttmtax.nl) or call us via +31 (0)20 511009.<br>
<br>
    Enjoy the day!<br>
    Best regards,<br>
<br>
    Team TTMTAX