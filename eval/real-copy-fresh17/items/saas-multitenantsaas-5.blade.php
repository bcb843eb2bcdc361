<h2>Dear {{ $user->name }},</h2>

<p>Your company’s subscription plan is nearing expiration.</p>

<p>Please renew your plan to continue uninterrupted access to your services.</p>
