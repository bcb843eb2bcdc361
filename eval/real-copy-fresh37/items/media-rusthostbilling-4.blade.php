@extends('layouts.error')
@section('content')
    <div>
        <h1 class="text-8xl text-white mb-3">500 - Internal Server Error</h1>
        <p class="text-gray-100 text-center">Sorry, something went wrong with the system. Please contact the admin.</p>
    </div>
@endsection
