* You have been registered by an administrator *

A username and account has been registered with this email address for The Bug Genie at the following address:
<?php echo $module->generateURL('home'); ?>

You can log in with the username: <?php echo $user->getUsername(); ?></strong> and the password: <?php echo $password; ?>

This is a temporary password, you should change it immediately after logging in for the first time.
