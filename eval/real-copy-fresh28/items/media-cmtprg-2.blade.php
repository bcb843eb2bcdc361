<html>
<body>
	<h1>Hello {{{ $party->owner->name }}}</h1>

	<p>Sadly enough we had to remove your party <em>{{{ $party->name }}}</em>.</p>
</body>
</html>
