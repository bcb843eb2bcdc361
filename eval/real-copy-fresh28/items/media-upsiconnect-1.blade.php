<h2>Hi, {{ $user->name }}</h2>
<p>Your account on S2U has been suspended by the admin.</p>
<p><strong>Reason:</strong> {{ $reason }}</p>
<p>If you think this is a mistake, please contact support.</p>