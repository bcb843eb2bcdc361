<h2>Goodbye, {{ $user->name }}!</h2>
<p>Your staff account has been deleted from the system.</p>

<p>If you believe this was a mistake, please contact your administrator.</p>
