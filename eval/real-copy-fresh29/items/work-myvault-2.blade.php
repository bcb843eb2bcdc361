<p>Dear {{$company_name}}.</p>
<p>Your account has been deactivated due to {{$reason}}.</p>
<p>Kindly reach out to our customer support on {{setting('contact_number')}} or send an email to {{setting('support_email')}} if this was an error.</p>