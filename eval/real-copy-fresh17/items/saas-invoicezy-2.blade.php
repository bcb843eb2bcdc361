<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>Unlock Premium on InvoiceZy</title>
</head>
<body style="margin:0;padding:0;background-color:#F3F4F6;font-family:Arial,Helvetica,sans-serif;">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="background-color:#F3F4F6;padding:32px 0;">
<tr><td align="center">
<table role="presentation" width="600" cellpadding="0" cellspacing="0" style="background-color:#ffffff;border-radius:10px;overflow:hidden;max-width:600px;width:100%;box-shadow:0 1px 3px rgba(0,0,0,0.08);">

<!-- Header with logo -->
<tr>
<td style="background-color:#0A0E1A;padding:32px;text-align:center;">
<img src="{{ config('app.url') }}/logo.png" alt="InvoiceZy" width="140" style="display:block;margin:0 auto;border:0;">
</td>
</tr>

<!-- Accent bar -->
<tr>
<td style="height:3px;background:linear-gradient(90deg,#4338CA,#7C3AED);font-size:0;line-height:0;">&nbsp;</td>
</tr>

<!-- Hero -->
<tr>
<td style="padding:40px 40px 8px 40px;">
<span style="display:inline-block;background-color:#EEF2FF;color:#4338CA;font-size:12px;font-weight:bold;padding:5px 12px;border-radius:20px;margin-bottom:16px;">⭐ PREMIUM</span>
<h1 style="margin:0 0 12px 0;font-size:25px;line-height:33px;color:#111827;">You've outgrown the basics, {{ $user->first_name }} {{ $user->last_name }} 🚀</h1>
<p style="margin:0 0 24px 0;font-size:15px;line-height:24px;color:#4B5563;">
You've been actively invoicing on InvoiceZy — that means you're exactly the kind of user Premium was built for. Here's everything you unlock:
</p>
</td>
</tr>

<!-- Benefits grid -->
<tr>
<td style="padding:0 40px 8px 40px;">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0">
<tr>
<td width="50%" valign="top" style="padding:0 8px 12px 0;">
<div style="background-color:#F9FAFB;border:1px solid #EEF2FF;border-radius:8px;padding:16px;">
<div style="font-size:20px;margin-bottom:6px;">♾️</div>
<p style="margin:0 0 3px 0;font-size:13px;font-weight:bold;color:#111827;">Unlimited Invoices</p>
<p style="margin:0;font-size:12px;line-height:17px;color:#6B7280;">No monthly caps, ever.</p>
</div>
</td>
<td width="50%" valign="top" style="padding:0 0 12px 8px;">
<div style="background-color:#F9FAFB;border:1px solid #EEF2FF;border-radius:8px;padding:16px;">
<div style="font-size:20px;margin-bottom:6px;">👥</div>
<p style="margin:0 0 3px 0;font-size:13px;font-weight:bold;color:#111827;">Unlimited Clients</p>
<p style="margin:0;font-size:12px;line-height:17px;color:#6B7280;">Add as many clients as you need.</p>
</div>
</td>
</tr>
<tr>
<td width="50%" valign="top" style="padding:0 8px 0 0;">
<div style="background-color:#F9FAFB;border:1px solid #EEF2FF;border-radius:8px;padding:16px;">
<div style="font-size:20px;margin-bottom:6px;">📦</div>
<p style="margin:0 0 3px 0;font-size:13px;font-weight:bold;color:#111827;">Track Inventory & Payments</p>
<p style="margin:0;font-size:12px;line-height:17px;color:#6B7280;">Stock levels and dues, in one place.</p>
</div>
</td>
<td width="50%" valign="top" style="padding:0 0 0 8px;">
<div style="background-color:#F9FAFB;border:1px solid #EEF2FF;border-radius:8px;padding:16px;">
<div style="font-size:20px;margin-bottom:6px;">🧾</div>
<p style="margin:0 0 3px 0;font-size:13px;font-weight:bold;color:#111827;">100% GST Compliant</p>
<p style="margin:0;font-size:12px;line-height:17px;color:#6B7280;">Every invoice, fully compliant.</p>
</div>
</td>
</tr>
</table>
</td>
</tr>

<!-- Social proof -->
<tr>
<td style="padding:24px 40px 8px 40px;">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="background-color:#FFFBEB;border:1px solid #FEF3C7;border-radius:8px;">
<tr>
<td style="padding:16px 20px;">
<p style="margin:0;font-size:13px;line-height:21px;color:#92400E;">⭐⭐⭐⭐⭐ "One transparent price. No hidden charges. No surprise fees. Just affordable invoicing for every business."</p>
</td>
</tr>
</table>
</td>
</tr>

<!-- Price anchor -->
<tr>
<td style="padding:24px 40px 8px 40px;" align="center">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="background-color:#0A0E1A;border-radius:8px;">
<tr>
<td style="padding:20px 24px;text-align:center;">
<p style="margin:0;font-size:15px;line-height:22px;color:#ffffff;">Everything above, for just</p>
<p style="margin:4px 0 0 0;font-size:26px;font-weight:bold;color:#ffffff;">₹10<span style="font-size:14px;font-weight:normal;color:#9CA3AF;"> /day</span></p>
<p style="margin:6px 0 0 0;font-size:12px;color:#9CA3AF;">Less than a cup of chai — for everything your business needs.</p>
</td>
</tr>
</table>
</td>
</tr>

<!-- CTA -->
<tr>
<td style="padding:20px 40px 8px 40px;" align="center">
<table role="presentation" cellpadding="0" cellspacing="0">
<tr>
<td style="background-color:#4338CA;border-radius:8px;">
<a href="{{ config('app.url') }}/billing/upgrade" style="display:inline-block;padding:15px 40px;font-size:16px;color:#ffffff;text-decoration:none;font-weight:bold;">Upgrade to Premium →</a>
</td>
</tr>
</table>
<p style="margin:12px 0 0 0;font-size:12px;color:#9CA3AF;">Cancel anytime. No hidden fees.</p>
</td>
</tr>

<!-- Footer -->
<tr>
<td style="padding:32px 40px 28px 40px;border-top:1px solid #E5E7EB;background-color:#FAFAFA;margin-top:24px;">
<p style="margin:0 0 6px 0;font-size:12px;color:#9CA3AF;">You're receiving this because you're on InvoiceZy.</p>

</td>
</tr>

</table>
</td></tr>
</table>
</body>
</html>