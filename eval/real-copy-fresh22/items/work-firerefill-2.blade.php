<p>Hello,</p>
<p>Click the link below to reset your password:</p>
<a href="{{ $resetLink }}" class="btn btn-primary">Reset Password</a>


<p>If you did not request a password reset, please ignore this email.</p>

<p>Thank you!</p>
