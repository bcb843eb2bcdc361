	Dear <?php echo $this->szName ?>,

	Thank you for being a valuable participant in our Invite Friends referral program.
	We've noticed that you have referral credit expiring soon. Are you aware that you may
	lose your referral credits by not signing up for a session? Make sure you don't lose
	the discount you have earned, by placing an order today.

	Details about referral credit currently available to can be found in your account information
	on our web site. Click the link the below to view your account.

	<?php echo HTTPS_BASE?>my-credits

	We look forward to seeing you again soon!

	Sign-up for my next session
	<?php echo HTTPS_SERVER; ?>/session-menu