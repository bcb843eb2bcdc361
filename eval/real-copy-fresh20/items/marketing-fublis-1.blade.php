@extends('emails.layouts.master')

@section('body')
<p>Hi Subscriber,</p>
<p>We're glad to have you onboard! You're already on your way to creating and pitching stories.</p>
<p>Whether you're here for your brand, for a project, or just for fun — welcome! If there's anything you need, we'll be here every step of the way.</p>
@endsection
