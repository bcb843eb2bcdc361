<p>Dear {{$company_name}}.</p>
<p>We wanted to inform you that your profile has been blacklisted.</p>
<p>If you have any further questions Kindly reach out to our customer support on {{setting('contact_number')}} or send an email to {{setting('support_email')}}</p>