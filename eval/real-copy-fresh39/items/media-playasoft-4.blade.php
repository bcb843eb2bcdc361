<h1>Welcome to the Volunteer Database!</h1>

<p>
    This email is a confirmation of your newly registered account on <a href="{{ env('SITE_URL') }} ">{{ env('SITE_NAME') }}</a>.
</p>

<p>
    In case you forget, your username is: <b>{{ $user->name }}</b>
</p>
