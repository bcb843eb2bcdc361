<h1>Password Reset</h1>

<p>
    To reset your password, <a href='{{{reset.link}}}'>use this link</a>. You will be prompted for a new password.
</p>
<p>
    This link will expire in {{reset.expires}}.
</p>
<p style='padding-top: 15px;'>
    <a href='{{{reset.link}}}'>{{{reset.link}}}</a>
</p>
<p style='padding-top: 25px;'>No further action is required to ignore this request</p>