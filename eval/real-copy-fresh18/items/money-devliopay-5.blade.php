<p style="margin:0 0 20px;font-size:16px;color:#e2e8f0;">Hi {name},</p>
<p style="margin:0 0 20px;font-size:15px;color:#94a3b8;">A new invoice has been generated for your account.</p>

<table width="100%" cellpadding="0" cellspacing="0" style="background:#0f172a;border-radius:12px;border:1px solid #334155;margin-bottom:24px;">
<tr><td style="padding:24px;">
<table width="100%" cellpadding="0" cellspacing="0">
<tr>
<td style="padding-bottom:12px;"><span style="color:#94a3b8;font-size:13px;">Invoice Number</span></td>
<td style="padding-bottom:12px;text-align:right;"><span style="color:#e2e8f0;font-size:15px;font-weight:600;">#{invoice_number}</span></td>
</tr>
<tr>
<td style="padding-bottom:12px;"><span style="color:#94a3b8;font-size:13px;">Amount Due</span></td>
<td style="padding-bottom:12px;text-align:right;"><span style="color:#f59e0b;font-size:20px;font-weight:700;">{currency_symbol}{amount}</span></td>
</tr>
<tr>
<td><span style="color:#94a3b8;font-size:13px;">Due Date</span></td>
<td style="text-align:right;"><span style="color:#e2e8f0;font-size:15px;font-weight:600;">{due_date}</span></td>
</tr>
</table>
</td></tr>
</table>

<p style="margin:0;font-size:14px;color:#94a3b8;">Please make payment before the due date to avoid service interruption.</p>
