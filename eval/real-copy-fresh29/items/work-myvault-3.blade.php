<p>Dear {{$company_name}}.</p>
<p>We regret to inform you that your KYB verification has been rejected due to {{$reason}}.</p>
<p>Please contact our customer support for more information and assistance.</p>