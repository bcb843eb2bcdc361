<p style="margin:0 0 20px;font-size:16px;color:#e2e8f0;">Hi {name},</p>
<p style="margin:0 0 24px;font-size:15px;color:#94a3b8;">Your service has been suspended due to an overdue payment.</p>

<table width="100%" cellpadding="0" cellspacing="0" style="background:linear-gradient(135deg,rgba(245,158,11,0.15),rgba(245,158,11,0.05));border:1px solid rgba(245,158,11,0.3);border-radius:12px;margin-bottom:24px;">
<tr><td style="padding:24px;text-align:center;">
<div style="font-size:36px;margin-bottom:8px;">⚠️</div>
<span style="color:#f59e0b;font-size:18px;font-weight:700;">Service Suspended</span>
</td></tr>
</table>

<table width="100%" cellpadding="0" cellspacing="0" style="background:#0f172a;border-radius:12px;border:1px solid #334155;margin-bottom:24px;">
<tr><td style="padding:24px;">
<table width="100%" cellpadding="0" cellspacing="0">
<tr>
<td style="padding-bottom:12px;"><span style="color:#94a3b8;font-size:13px;">Service</span></td>
<td style="padding-bottom:12px;text-align:right;"><span style="color:#e2e8f0;font-size:15px;font-weight:600;">{product_name}</span></td>
</tr>
<tr>
<td><span style="color:#94a3b8;font-size:13px;">Reason</span></td>
<td style="text-align:right;"><span style="color:#f59e0b;font-size:15px;font-weight:600;">{reason}</span></td>
</tr>
</table>
</td></tr>
</table>

<p style="margin:0;font-size:14px;color:#94a3b8;">Please pay your outstanding invoice to reactivate your service.</p>
