<h2>Hello, {{ $mailData['name'] }}!</h2>
<p>Your account has been unblocked.</p>
<p>You can now use the website normally.</p>
