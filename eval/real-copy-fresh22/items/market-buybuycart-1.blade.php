<p>Hi {{ $user->name ?? '' }},</p>
<p>We regret to inform you that your recent order  # {{ $order->id ?? '' }} has been cancelled. This could be due to reasons like
    payment issues, stock unavailability, or other unforeseen circumstances. We apologize for any inconvenience caused.
</p>
<p>Please don&rsquo;t hesitate to reach out to our customer support team if you need assistance with reordering or have
    any further questions.</p>
<p>Thank you for your understanding!</p>
<p>Best regards,<br />BuyBuyCart Team<br />+91 7669900247</p>
