@extends('layouts.app')
@section('title','Ooops..')
@section('content')
    <div class="w3l-homeblock2 w3l-homeblock5 py-5">
        <div class="container py-lg-3 ">
            <div class="col-12 mt-4 py-5">
                <div><h3 class="title mb-2">Ooops... </h3></div>
                <p class="message">
                    <strong> The user may have been blocked.</strong>
                </p>
            </div>
        </div>
    </div>
@endsection