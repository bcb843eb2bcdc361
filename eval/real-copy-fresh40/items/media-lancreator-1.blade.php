@extends('mails.notification_layout')

@section('content')
<div class="container">
	<div class="card">
		<div class="card-header">
			<h1>LAN Creator</h1>
		</div>
		<div class="card-body">
			<p>You have been banned from LanCreator by an administrator. You can no longer log on our website.</p>
			<p>If you think this is a mistake, please reply to this mail. Don't forget to mention the reasons why you think that you didn't deserve to be banned from LanCreator.</p>
		</div>
	</div>
</div>
@endsection
