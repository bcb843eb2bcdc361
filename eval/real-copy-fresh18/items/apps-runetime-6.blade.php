@extends('layouts.default')
@section('contents')
<div class='wrapper'>
    <h1>
        Under Maintenance
    </h1>
    <p>
        We are currently under maintenance.  We'll be back shortly!
    </p>
</div>
@stop
