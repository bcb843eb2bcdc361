<!DOCTYPE html>
<html lang="en-US">
	<head>
		<meta charset="utf-8">
	</head>
	<body>
		<p>{{ $instructor }} has cancelled your {{ $service }} scheduled for {{ $date }}.</p>

		<p>{{ $reason }}</p>
	</body>
</html>