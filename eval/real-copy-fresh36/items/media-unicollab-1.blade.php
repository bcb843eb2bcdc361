<p>Dear {{$name}},</p>
<p>We're writing to inform you that your account on UniCollab has been deactivated.</p>
<p>Please be advised that your account data will be deleted from our system in accordance with our data retention policy.</p>
<p>If you believe this account deletion was made in error, you can contact our support team at <a href="mailto:support@unicollab.com">this email address</a> to inquire further.</p>
<p>Thank you for your understanding.</p>
<p>Sincerely,</p>
<p>The UniCollab Team</p>