<h1>Hey, {{ $username }}</h1>
<h5>Thank you for sponsoring!</h5>

<p>You are now listed on the <a href="https://laramap.com/sponsor">Sponsors-Page</a> =)</p>
<p>Thank you for sponsoring Laramap! Your donation will be used for keeping the site alive.
    <br>If you have any questions about the site or noticed an error, please let us know on the <a href="https://laramap.com/contact">contact form</a>.</p>
<br>
<p>Cheers and happy "artisan´ing",
    <br>Florian & the Laramap-Team</p>