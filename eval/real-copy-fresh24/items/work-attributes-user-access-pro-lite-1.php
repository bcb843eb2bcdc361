{site_name}

Hello {username},

Someone has requested a password reset for your account at {site_name}.

If this was a mistake, just ignore this email and nothing will happen.

To reset your password, visit the following address:

{reset_link}

This password reset link will expire in {expiry_time}.

If you didn't make this request, you can safely ignore this email.

--
This email was sent from {site_name}
{site_url}

© <?php echo date('Y'); ?> {site_name}. All rights reserved.