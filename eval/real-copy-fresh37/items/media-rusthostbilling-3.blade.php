@extends('layouts.error')
@section('content')
    <div>
        <h1 class="text-8xl text-white mb-3">403 - Action Forbidden</h1>
        <p class="text-gray-100 text-center">Sorry, you don't have permission to access this resource.</p>
    </div>
@endsection
