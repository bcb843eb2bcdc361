<h1>Hey, {{ $username }}</h1>
<h5>You got banned on Laramap!</h5>

<p>You got banned on <a href="https://laramap.com">Laramap.com</a>.</p>
<p>In order to review the reason for your ban, please send a mail with your username to <a href="mailto:support@laramap.com">support@laramap.com</a>.</p>
<br>
<p>Cheers,
    <br>Florian & the Laramap-Team</p>
