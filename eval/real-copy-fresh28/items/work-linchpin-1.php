<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" dir="ltr" lang="en">
	<head>
		<meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />
		<meta name="viewport" content="width=device-width">
		<title>Scheduled Maintenance</title>
		<style>
			html {
				background: #fff;
			}

			body {
				background: #fff;
				color: #444;
				font-family: -apple-system, BlinkMacSystemFont, "Segoe UI", Roboto, Oxygen-Sans, Ubuntu, Cantarell, "Helvetica Neue", sans-serif;
				margin: 2em auto;
				padding: 1em 2em;
				max-width: 700px;
				-webkit-box-shadow: 0 1px 3px rgba(0, 0, 0, 0.13);
				box-shadow: 0 1px 3px rgba(0, 0, 0, 0.13);
			}

			h1 {
				border-bottom: 1px solid #5C5C5C;
				clear: both;
				color: #666;
				font-size: 24px;
				margin: 30px 0 0 0;
				padding: 0;
				padding-bottom: 7px;
			}

			#error-page {
				margin-top: 50px;
			}

			#error-page p,
			#error-page .wp-die-message {
				font-size: 14px;
				line-height: 1.5;
				margin: 25px 0 20px;
			}

			#error-page code {
				font-family: Consolas, Monaco, monospace;
			}

			ul li {
				margin-bottom: 10px;
				font-size: 14px;
			}
		</style>
	</head>
	<body id="error-page">
		<div class="wp-die-message">
			<h1>Scheduled Maintenance In Progress</h1>
			<p>Our planned down-time is under 5 minutes. Please check back shortly.</p>
		</div>
	</body>
</html>
