<p>Hi {{$first_name}},</p>
<p>You have requested to reset your password. To reset your password, click the link below.</p>
<p>This will only be valid for {{round(setting('password_reset_token_expiration_duration')/60)}} minutes.</p>


