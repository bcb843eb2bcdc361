<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>You Left Something Behind!</title></head>
<body style="font-family:sans-serif;max-width:560px;margin:0 auto;padding:20px;color:#222">
<h2>Your Cart Is Waiting 🛒</h2>
<p>You left some items in your cart. Don't miss out!</p>
<p><a href="{{ $recovery_url }}" style="background:#f59e0b;color:#fff;padding:12px 24px;text-decoration:none;border-radius:6px;font-weight:bold">Return to Cart →</a></p>
<p style="margin-top:32px;color:#888;font-size:13px">This link is valid for 24 hours.</p>
</body></html>
