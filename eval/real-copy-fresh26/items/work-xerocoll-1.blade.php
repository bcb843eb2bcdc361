<div>
    <p style="margin-top:0pt; margin-bottom:0pt; font-size:7pt;"><span style="font-family:'Poppins Light';">Our Ref:&nbsp;</span><span style="font-family:'Poppins Light';">{{ $reference}}</span></p>
    <p style="margin-top:0pt; margin-bottom:0pt; font-size:10pt;"><span style="font-family:'Poppins Light';">&nbsp;</span></p>
    <p style="margin-top:0pt; margin-bottom:0pt; font-size:10pt;"><span style="font-family:'Poppins Light';">&nbsp;</span></p>
    <p style="margin-top:0pt; margin-bottom:0pt; font-size:10pt;"><span style="font-family:'Poppins Light'; ">{{$current_date}}</span></p>
    <p style="margin-top:0pt; margin-bottom:0pt; font-size:10pt;"><span style="font-family:'Poppins Light';">&nbsp;</span></p>
    <p style="margin-top:0pt; margin-bottom:0pt; font-size:10pt;"><span style="font-family:'Poppins Light';">&nbsp;</span></p>
    <p style="margin-top:0pt; margin-bottom:0pt; font-size:10pt;"><span style="font-family:'Poppins Light';"></span><span style="font-family:'Poppins Light'; ">{{$contact_name}}</span><span style="font-family:'Poppins Light';"></span></p>
    <p style="margin-top:0pt; margin-bottom:0pt; font-size:10pt;"><span style="font-family:'Poppins Light';"></span><span style="font-family:'Poppins Light'; ">Address</span><span style="font-family:'Poppins Light';">&nbsp;</span></p>
    <p style="margin-top:0pt; margin-bottom:0pt; font-size:10pt;"><strong><em><span style="font-family:'Poppins Light';">&nbsp;</span></em></strong></p>
    <p style="margin-top:0pt; margin-bottom:0pt; font-size:10pt;"><strong><em><span style="font-family:'Poppins Light';">Via email:</span></em></strong><strong><span style="font-family:'Poppins Light';">&nbsp;</span></strong><span style="font-family:'Poppins Light';"></span><span style="font-family:'Poppins Light'; ">{{$contact_email}}</span><span style="font-family:'Poppins Light';"></span><strong><span style="font-family:'Poppins Light';">&nbsp;</span></strong><span style="font-family:'Poppins Light';">&nbsp;</span></p>
    <p style="margin-top:0pt; margin-bottom:0pt; font-size:10pt;"><span style="font-family:'Poppins Light';">&nbsp;</span></p>
    <p style="margin-top:0pt; margin-bottom:0pt; font-size:10pt;"><span style="font-family:'Poppins Light';">&nbsp;</span></p>
    <p style="margin-top:0pt; margin-bottom:0pt; font-size:10pt;"><span style="font-family:'Poppins Light';">Dear Sir/Madam</span></p>
    <p style="margin-top:0pt; margin-bottom:0pt; text-align:justify; font-size:10pt;"><strong><span style="font-family:'Poppins Light';">&nbsp;</span></strong></p>
    <p style="margin-top:0pt; margin-bottom:0pt; text-align:justify; font-size:10pt;"><strong><span style="font-family:Poppins;">LETTER OF DEMAND</span></strong></p>
    <p style="margin-top:0pt; margin-bottom:0pt; text-align:justify; border-bottom:2.25pt solid #b31312; padding-bottom:1pt; font-size:10pt;"><a name="Body"><strong><span style="font-family:Poppins;">DEBT OWED TO&nbsp;</span></strong><strong><span style="font-family:Poppins; ">{{$contact_name}}</span></strong><strong><span style="font-family:Poppins;">&nbsp;</span></strong></a></p>
    <p style="margin-top:0pt; margin-bottom:0pt; text-align:justify; font-size:10pt;"><span style="font-family:'Poppins Light';">&nbsp;</span></p>
    <p style="margin-top:0pt; margin-bottom:0pt; text-align:justify; font-size:10pt;"><span style="font-family:'Poppins Light';">We act on instructions from&nbsp;</span><span style="font-family:'Poppins Light'; ">{{$invoice_due_name_from}}</span><span style="font-family:'Poppins Light';">&nbsp;regarding your overdue invoices.</span></p>
    <p style="margin-top:0pt; margin-bottom:0pt; text-align:justify; font-size:10pt;"><span style="font-family:'Poppins Light';">&nbsp;</span></p>
    <p style="margin-top:0pt; margin-bottom:0pt; text-align:justify; font-size:10pt;"><span style="font-family:'Poppins Light';">Despite previous requests, the following invoice(s) remain unpaid:</span></p>
    <p style="margin-top:0pt; margin-bottom:0pt; text-align:justify; font-size:10pt;"><span style="font-family:'Poppins Light';">&nbsp;</span></p>
    <table cellspacing="0" cellpadding="0" style="border-collapse:collapse;">
        <tbody>
            <tr>
                <td style="width:102.45pt; border-top:0.75pt solid #a5a5a5; border-left:0.75pt solid #a5a5a5; border-bottom:0.75pt solid #a5a5a5; padding-right:5.4pt; padding-left:5.03pt; vertical-align:top; background-color:#b31312;">
                    <p style="margin-top:0pt; margin-bottom:0pt; text-align:center; font-size:10pt;"><strong><span style="font-family:Poppins; color:#ffffff;">Invoice Number</span></strong></p>
                </td>
                <td style="width:102.45pt; border-top:0.75pt solid #a5a5a5; border-bottom:0.75pt solid #a5a5a5; padding-right:5.4pt; padding-left:5.4pt; vertical-align:top; background-color:#b31312;">
                    <p style="margin-top:0pt; margin-bottom:0pt; text-align:center; font-size:10pt;"><strong><span style="font-family:Poppins; color:#ffffff;">Invoice Date</span></strong></p>
                </td>
                <td style="width:102.45pt; border-top:0.75pt solid #a5a5a5; border-bottom:0.75pt solid #a5a5a5; padding-right:5.4pt; padding-left:5.4pt; vertical-align:top; background-color:#b31312;">
                    <p style="margin-top:0pt; margin-bottom:0pt; text-align:center; font-size:10pt;"><strong><span style="font-family:Poppins; color:#ffffff;">Due Date</span></strong></p>
                </td>
                <td style="width:102.5pt; border-top:0.75pt solid #a5a5a5; border-right:0.75pt solid #a5a5a5; border-bottom:0.75pt solid #a5a5a5; padding-right:5.03pt; padding-left:5.4pt; vertical-align:top; background-color:#b31312;">
                    <p style="margin-top:0pt; margin-bottom:0pt; text-align:center; font-size:10pt;"><strong><span style="font-family:Poppins; color:#ffffff;">Amount Owing</span></strong></p>
                </td>
            </tr>
            <tr>
                <td style="width:102.45pt; border:0.75pt solid #c9c9c9; padding-right:5.03pt; padding-left:5.03pt; vertical-align:top; background-color:#ededed;">
                    <p style="margin-top:0pt; margin-bottom:0pt; text-align:justify; font-size:10pt;"><strong><span style="font-family:'Poppins Light';">&nbsp;</span></strong></p>
                </td>
                <td style="width:102.45pt; border:0.75pt solid #c9c9c9; padding-right:5.03pt; padding-left:5.03pt; vertical-align:top; background-color:#ededed;">
                    <p style="margin-top:0pt; margin-bottom:0pt; text-align:justify; font-size:10pt;"><span style="font-family:'Poppins Light';">&nbsp;</span></p>
                </td>
                <td style="width:102.45pt; border:0.75pt solid #c9c9c9; padding-right:5.03pt; padding-left:5.03pt; vertical-align:top; background-color:#ededed;">
                    <p style="margin-top:0pt; margin-bottom:0pt; text-align:justify; font-size:10pt;"><span style="font-family:'Poppins Light';">&nbsp;</span></p>
                </td>
                <td style="width:102.5pt; border:0.75pt solid #c9c9c9; padding-right:5.03pt; padding-left:5.03pt; vertical-align:top; background-color:#ededed;">
                    <p style="margin-top:0pt; margin-bottom:0pt; text-align:justify; font-size:10pt;"><span style="font-family:'Poppins Light';">&nbsp;</span></p>
                </td>
            </tr>

            @foreach ($invoices as $invoice)
                <tr>
                    <td style="width:102.45pt; border:0.75pt solid #c9c9c9; padding-right:5.03pt; padding-left:5.03pt; vertical-align:top;">
                        <p style="margin-top:0pt; margin-bottom:0pt; text-align:justify; font-size:10pt;"><strong><span style="font-family:'Poppins Light';">{{$invoice['invoice_number']}}</span></strong></p>
                    </td>
                    <td style="width:102.45pt; border:0.75pt solid #c9c9c9; padding-right:5.03pt; padding-left:5.03pt; vertical-align:top;">
                        <p style="margin-top:0pt; margin-bottom:0pt; text-align:justify; font-size:10pt;"><span style="font-family:'Poppins Light';">{{$invoice['invoice_date']}}</span></p>
                    </td>
                    <td style="width:102.45pt; border:0.75pt solid #c9c9c9; padding-right:5.03pt; padding-left:5.03pt; vertical-align:top;">
                        <p style="margin-top:0pt; margin-bottom:0pt; text-align:justify; font-size:10pt;"><span style="font-family:'Poppins Light';">{{$invoice['due_date']}}</span></p>
                    </td>
                    <td style="width:102.5pt; border:0.75pt solid #c9c9c9; padding-right:5.03pt; padding-left:5.03pt; vertical-align:top;">
                        <p style="margin-top:0pt; margin-bottom:0pt; text-align:justify; font-size:10pt;"><span style="font-family:'Poppins Light';">{{$invoice['amount_due']}}</span></p>
                    </td>
                </tr>
            @endforeach
        </tbody>
    </table>
    <p style="margin-top:0pt; margin-bottom:0pt; text-align:justify; font-size:10pt;"><span style="font-family:'Poppins Light';">&nbsp;</span></p>
    <p style="margin-top:0pt; margin-bottom:0pt; text-align:justify; font-size:10pt;"><span style="font-family:'Poppins Light';">Copies of the above invoices are attached for your information.</span></p>
    <div style="border-bottom:2.25pt solid #b31312; clear:both;">
        <p style="margin-top:0pt; margin-bottom:0pt; text-align:justify; font-size:10pt;"><strong><span style="font-family:'Poppins Light';">&nbsp;</span></strong></p>
        <p style="margin-top:0pt; margin-bottom:0pt; text-align:justify; padding-bottom:1pt; font-size:10pt;"><strong><span style="font-family:'Poppins Light';">Demand for Payment</span></strong><strong><span style="font-family:'Poppins Light';">&nbsp;&nbsp;</span></strong></p>
    </div>
    <p style="margin-top:0pt; margin-bottom:0pt; text-align:justify; font-size:10pt;"><span style="font-family:'Poppins Light';">&nbsp;</span></p>
    <p style="margin-top:0pt; margin-bottom:0pt; text-align:justify; font-size:10pt;"><span style="font-family:'Poppins Light';">Our client hereby demands repayment of&nbsp;</span><strong><span style="font-family:Poppins; ">${{$total_demand_payment}}</span></strong><span style="font-family:'Poppins Light';">, being the total amount owing within seven (7) days from the date of this letter, being&nbsp;</span><strong><span style="font-family:'Poppins Light';">5pm (AEST)&nbsp;</span></strong><strong><span style="font-family:'Poppins Light'; ">{{$due_date}}</span></strong><strong><span style="font-family:'Poppins Light';">.</span></strong><strong><span style="font-family:'Poppins Light';">&nbsp;&nbsp;</span></strong></p>
    <p style="margin-top:0pt; margin-bottom:0pt; text-align:justify; font-size:10pt;"><span style="font-family:'Poppins Light';">&nbsp;</span></p>
    <p style="margin-top:0pt; margin-bottom:0pt; text-align:justify; font-size:10pt;"><span style="font-family:'Poppins Light';">Payment can be made using the payment options listed on the original invoices.</span></p>
    <p style="margin-top:0pt; margin-bottom:0pt; text-align:justify; font-size:10pt;"><span style="font-family:'Poppins Light';">&nbsp;</span></p>
    <p style="margin-top:0pt; margin-bottom:0pt; text-align:justify; font-size:10pt;"><a name="_Hlk166838613"><span style="font-family:'Poppins Light';">Should you not be able to make payment in full by the above date, our client requests you contact them to discuss your proposed plan for payment.</span></a></p>
    <p style="margin-top:0pt; margin-bottom:0pt; text-align:justify; font-size:10pt;"><span style="font-family:'Poppins Light';">&nbsp;</span></p>
    <p style="margin-top:0pt; margin-bottom:0pt; text-align:justify; font-size:10pt;"><span style="font-family:'Poppins Light';">Should full payment not be made, or suitable arrangements be made, our client reserves their right to rely on this letter on any question as to costs.&nbsp;</span></p>
    <p style="margin-top:0pt; margin-bottom:0pt; text-align:justify; font-size:10pt;"><span style="font-family:'Poppins Light';">&nbsp;</span></p>
    <p style="margin-top:0pt; margin-bottom:0pt; text-align:justify; font-size:10pt;"><span style="font-family:'Poppins Light';">Yours sincerely</span></p>
    <p style="margin-top:0pt; margin-bottom:0pt; text-align:justify; font-size:10pt;"><span style="font-family:'Poppins Light';">&nbsp;</span></p>
    <p style="margin-top:0pt; margin-bottom:0pt; text-align:justify; font-size:10pt;"><span style="font-family:'Poppins Light';">The Team at&nbsp;</span><strong><span style="font-family:'Poppins Light';">Collections.com.au Pty Ltd</span></strong></p>
</div>
