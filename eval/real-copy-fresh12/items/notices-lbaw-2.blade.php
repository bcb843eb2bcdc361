<h2>Hello, {{ $mailData['name'] }}!</h2>
<p>Your account has been blocked, which means you can't log in to your account.</p>
<p>You can submit an unban appeal in the website.</p>
<h4>Use this unban appeal wisely because you only have <b>one</b> unban appeal. If we decide to reject your appeal, your
    account will be banned.</h4>
