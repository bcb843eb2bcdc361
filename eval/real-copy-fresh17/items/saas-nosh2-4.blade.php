<p>Happy Birthday, {{ $patientname }}, from {{ $clinic }}!<p>
<p>{{ $birthday_message }}</p>
<p>If you would like to set up an appointment with your provider, please contact us at {{ $phone }} or reply to this e-mail at {{ $email }}.<p>

