Hi {{ $head_name }},
<p> {{ $request_info }},<br>
    <b> Kindly respond to the request as soon as possible.</b>
    <br> <small>Please Login <a href="{{ url('/login') }}">{{ config('app.name') }}</a> </small>
</p>
