<h2>Hello {{ $user->name }},</h2>

<p>Your current subscription plan has expired.</p>
<p>To resume services, please renew your plan as soon as possible.</p>
