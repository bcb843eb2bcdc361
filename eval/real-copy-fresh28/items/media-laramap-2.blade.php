<h1>Hey, {{ $username }}</h1>
<h5>Your account has been suspended</h5>

<p>Your account has been suspended <a href="https://laramap.com">Laramap.com</a>.</p>
<p>In order to review the reason for this action, please send a mail with your username to <a href="mailto:support@laramap.com">support@laramap.com</a>.</p>
<br>
<p>Cheers,
    <br>Florian & the Laramap-Team</p>
