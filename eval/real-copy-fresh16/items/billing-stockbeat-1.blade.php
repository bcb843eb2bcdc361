<x-mail.layout preheader="Your StockBeat subscription has lapsed — you're back on the Free plan.">
    <h2 style="margin:0 0 12px; font-size:19px; font-weight:600; color:#191C18; letter-spacing:-0.01em;">Your subscription has ended</h2>
    <p style="margin:0 0 14px;">Your StockBeat subscription has lapsed, so your account is back on the Free plan. Here's exactly what that changed:</p>

    <ul style="margin:0 0 14px; padding-left:20px;">
        <li style="margin:0 0 6px;">Your first-connected store stays active — any others are <strong>paused</strong>, not disconnected.</li>
        <li style="margin:0 0 6px;">Your custom rules are switched off.</li>
        <li style="margin:0;">Extra team members are suspended.</li>
    </ul>

    <p style="margin:0;"><strong>Nothing was deleted.</strong> Your stores stay connected, your rules stay exactly as you built them, and your order history is intact. Subscribing again switches all of it back on — you won't need to reconnect a store or rebuild a rule.</p>
</x-mail.layout>
