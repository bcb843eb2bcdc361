<p>This message is a courtesy reminder of your medical appointment with {{ $displayname }} on {{ $startdate }} .</p>
<p>If you need to cancel or reschedule your appointment, please contact us at {{ $phone }} or reply to this e-mail at {{ $email }}.</p>
<p>{{ $additional_message }}</p>
