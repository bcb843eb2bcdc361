<p>Hi {{ $staff->name }}</p>
<br>
<p>Your {{ $staff->email }} CareGuide staff account has been removed.</p>
<br>
<p>If you have initiated this request, you don't need to take any further action and can safely disregard this email.</p>
<br>
<p>Should you ever encounter problems, please contact us at <a href="mailto:imchosen6@gmail.com">imchosen6@gmail.com</a>.</p>
<p>This is a system generated email so please do not reply to this email.</p>
