<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>Create your first invoice</title>
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
<p style="margin:0 0 8px 0;font-size:13px;font-weight:bold;color:#4338CA;letter-spacing:0.5px;text-transform:uppercase;">Reminder</p>
<h1 style="margin:0 0 12px 0;font-size:24px;line-height:32px;color:#111827;">Still haven't sent your first invoice, {{ $user->first_name }} {{ $user->last_name }}? ⏳</h1>
<p style="margin:0 0 24px 0;font-size:15px;line-height:24px;color:#4B5563;">
It takes less than 2 minutes on InvoiceZy. Add your client, list your items, and hit send — we handle the formatting, tax, and PDF for you.
</p>
</td>
</tr>

<!-- Benefits -->
<tr>
<td style="padding:0 40px 8px 40px;">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0">
<tr>
<td width="50%" valign="top" style="padding:0 8px 12px 0;">
<div style="background-color:#F9FAFB;border:1px solid #EEF2FF;border-radius:8px;padding:16px;">
<div style="font-size:20px;margin-bottom:6px;">⚡</div>
<p style="margin:0 0 3px 0;font-size:13px;font-weight:bold;color:#111827;">Ready in 2 Minutes</p>
<p style="margin:0;font-size:12px;line-height:17px;color:#6B7280;">No learning curve, no setup hassle.</p>
</div>
</td>
<td width="50%" valign="top" style="padding:0 0 12px 8px;">
<div style="background-color:#F9FAFB;border:1px solid #EEF2FF;border-radius:8px;padding:16px;">
<div style="font-size:20px;margin-bottom:6px;">🧾</div>
<p style="margin:0 0 3px 0;font-size:13px;font-weight:bold;color:#111827;">Auto GST Calculated</p>
<p style="margin:0;font-size:12px;line-height:17px;color:#6B7280;">Tax fields fill themselves, no manual math.</p>
</div>
</td>
</tr>
<tr>
<td width="50%" valign="top" style="padding:0 8px 0 0;">
<div style="background-color:#F9FAFB;border:1px solid #EEF2FF;border-radius:8px;padding:16px;">
<div style="font-size:20px;margin-bottom:6px;">📄</div>
<p style="margin:0 0 3px 0;font-size:13px;font-weight:bold;color:#111827;">Instant PDF & Share</p>
<p style="margin:0;font-size:12px;line-height:17px;color:#6B7280;">Download or send via WhatsApp/email directly.</p>
</div>
</td>
<td width="50%" valign="top" style="padding:0 0 0 8px;">
<div style="background-color:#F9FAFB;border:1px solid #EEF2FF;border-radius:8px;padding:16px;">
<div style="font-size:20px;margin-bottom:6px;">💳</div>
<p style="margin:0 0 3px 0;font-size:13px;font-weight:bold;color:#111827;">Get Paid Faster</p>
<p style="margin:0;font-size:12px;line-height:17px;color:#6B7280;">Track dues and send reminders automatically.</p>
</div>
</td>
</tr>
</table>
</td>
</tr>

<!-- CTA -->
<tr>
<td style="padding:28px 40px 8px 40px;" align="center">
<table role="presentation" cellpadding="0" cellspacing="0">
<tr>
<td style="background-color:#4338CA;border-radius:8px;">
<a href="{{ config('app.url') }}/invoices/create" style="display:inline-block;padding:15px 40px;font-size:16px;color:#ffffff;text-decoration:none;font-weight:bold;">Create Invoice Now →</a>
</td>
</tr>
</table>
</td>
</tr>

<!-- Help note -->
<tr>
<td style="padding:32px 40px 40px 40px;">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="background-color:#EEF2FF;border-radius:8px;">
<tr>
<td style="padding:16px 20px;">
<p style="margin:0;font-size:13px;line-height:20px;color:#3730A3;">💬 Stuck on something? Just reply to this email — we'll help you get your first invoice out today.</p>
</td>
</tr>
</table>
</td>
</tr>

<!-- Footer -->
<tr>
<td style="padding:28px 40px;border-top:1px solid #E5E7EB;background-color:#FAFAFA;">
<p style="margin:0 0 6px 0;font-size:12px;color:#9CA3AF;">You're receiving this because you're on InvoiceZy.</p>

</td>
</tr>

</table>
</td></tr>
</table>
</body>
</html>