<?php include ($_SERVER['DOCUMENT_ROOT']."/a/inc/head.php"); ?>

<body id="tanning" class="cancel-membership signed-in">

	<div id="page">

		<?php include ($_SERVER['DOCUMENT_ROOT']."/a/inc/header.php"); ?>

		<?php include ($_SERVER['DOCUMENT_ROOT']."/a/inc/nav.php"); ?>

		<div id="section">

			<div class="wrap">

				<div class="section">

					<h1>My Monthly Membership &ndash; Cancel Membership</h1>

				</div>

			</div>

		</div>

		<div id="content">

			<div class="wrap">

				<div id="main" role="main">

					<a href="#" class="k-button back-to no-background gray"><span class="k-icon">&larr;</span> Back To My Tanning</a>

					<form action="">

						<p>Are you sure you want to cancel? Did you know you can freeze your account for just $5 a month? You won&rsquo;t pay to rejoin, you lock-in monthly membership rate and you get those dollars back when you reactivate your Sun Tan City account.</p>

						<p>If you cancel, remember that prices can increase, and you will be responsible for any membership fees when you join again.</p>

						<fieldset class="change-account">

							<legend>Change Account</legend>

							<p>Would you like to change to a different sunbed than you&rsquo;ve been tanning in? We offer a range of different beds that provide a unique experience. Care to try a different bed?</p>

							<button class="k-button">Change Now</button>

						</fieldset>

						<fieldset class="freeze-account">

							<legend>Freeze Account</legend>

							<p>Freezing your account allows you to pause your membership.</p>

							<p>A $5 a month courtesy charge, will ensure that you pay no cost to rejoin, you lock in your current membership rate and the $5 a month courtesy charge is applied to your Sun Tan City account as a credit to purchase tanning services and products at any one of our convenient locations. Would you like to freeze your account today?</p>

							<button class="k-button">Freeze Account</button>

						</fieldset>

						<button class="k-button blue">No Thanks, I Want to Cancel</button>

						<button class="k-button cancel">I do not want to Cancel</button>

					</form>

				</div>

			</div>

		</div>

		<div id="page-shim"></div>

	</div>

<?php include ($_SERVER['DOCUMENT_ROOT']."/a/inc/footer.php"); ?>