Hi!
This is a test email checking that the mail notification module at <?php echo $module->generateURL('home'); ?> is correctly set up.

Since you received this email, everything should be properly set up.
