@extends('emails.layouts.master')

@section('body')
<div>
	<p>
		Hi User,
		<br><br>
		Click on verification link to verify your email address:
		<br><br>
		<a href="#" class="btn">Verify email</a>
	</p>
</div>
@endsection
