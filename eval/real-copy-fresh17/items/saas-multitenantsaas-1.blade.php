<h2>Dear {{ $user->name }},</h2>

<p>Your company account has been disabled due to plan expiration or policy violation.</p>
<p>Please contact support to re-enable your access or review your account status.</p>
