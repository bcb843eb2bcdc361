<p>Hi {{ $user->name ?? '' }},</p>
<p>We&rsquo;ve successfully processed the cancellation of your order {{ $order->id ?? '' }}. We understand that things
    change,
    and we hope to serve you even better next time! Feel free to explore our range of products whenever you&rsquo;re
    ready &mdash; we&rsquo;re always here to make your shopping experience enjoyable.</p>
<p>If you need any assistance, our team is just a message away!</p>
<p>Thank you for choosing BuyBuyCart. We look forward to serving you soon.</p>
<p>Best regards,<br />BuyBuyCart Team<br />+91 7669900247</p>
