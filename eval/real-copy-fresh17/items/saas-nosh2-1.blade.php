<p>Dear {{ $patientname }},</p>
<p>It is time for your continuing care appointment with {{ $doctor }}. Please call us at {{ $phone }} or visit {{ $patient_portal }} to schedule your next appointment at your earliest convenience.</p>
<p>{{ $appointment_message }}</p>
<p>Thank you,</p>
<p>{{ $doctor }}</p>
<p>Phone: {{ $phone }}</p>
<p>Email: {{ $email }}</p>

