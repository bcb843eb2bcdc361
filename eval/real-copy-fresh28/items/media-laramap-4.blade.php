<h1>Welcome {{ $username }}</h1>
<h5>Welcome to Laramap!</h5>

<p>You successfully signed up on <a href="https://laramap.com">Laramap.com</a> =)</p>
<p>Now you´re part of one of the coolest communities around <a href="http://laravel.com">Laravel</a> and you can contribute Articles, Meetups and also Projects and Tutorials.
    <br>If you have any questions about the site or noticed an error, please let us know on the <a href="https://laramap.com/contact">contact form</a>.</p>
<br>
<p>Cheers and happy "artisan´ing",
    <br>Florian & the Laramap-Team</p>