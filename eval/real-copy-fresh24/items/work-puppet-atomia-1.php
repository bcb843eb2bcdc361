<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="en" lang="en">
<head>
	<meta http-equiv="X-UA-COMPATIBLE" content="IE=edge" />
	<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
	<title>Account suspended</title>
	<link rel="stylesheet" type="text/css" href="http://demo.atomia.com/css/atomia_2/style.css">
</head>
<body>
	<div class="container">
		<div class="span-16 last" id="homecontent">
			<div class="settingsbox">
				<div class="settingsboxinner" style="margin-top:25%;">
					<div class="col_set big_msg">
						<div class="col_4">
						</div>
						<div class="col_4">
							<img src="http://demo.atomia.com/img/icons/err_suspended.png" width="225" height="226" alt="Not authorized" />
						</div>
						<div class="col_3">
							<h4>Account suspended</h4>
							<p>This account has been suspended and all associated services such as websites and e-mail accounts has been temporarily closed. If you are the owner of the account, you can re-activate your account by contacting customer service.</p>
						</div>
					</div>
				</div>
			</div>
		</div>
	</div>
</body>
</html>
