@extends('layouts.default')
@section('contents')
<div class='wrapper'>
    <p class='lead text-danger'>
        Uh oh, 404!
    </p>
    <p class='text-info'>
        Looks like this page isn't here. :(
    </p>
    <p>
        <a href='/' title='Back to Homepage' class='btn btn-info btn-lg' role='button'>
            Back to Homepage
        </a>
    </p>
</div>
@stop
