Hello,

Please <a href="{{ secure_url("/account/verify/$token") }}">Click here to verify your account</a>.
<br>
Some users may need to copy and paste the link into a browser. <br />
{{ secure_url("/account/verify/$token") }}
