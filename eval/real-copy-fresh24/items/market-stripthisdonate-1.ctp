Your friend suggested <?php echo Configure::read('App.name') ?>!
<?php echo "\n\n"; ?>
Hey! Your friend has suggested you to visit <?php echo Configure::read('App.name') ?>! Its for a good & noble cause. Do some good to the society for a change.
<?php echo "\n\n"; ?>
<?php echo $message; ?><?php echo "\n\n"; ?>
Okay, now have fun with the game!
<?php echo "\n\n"; ?>
-- Your <?php echo Configure::read('App.name') ?> Team