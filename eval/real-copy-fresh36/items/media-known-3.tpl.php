Ooops!
======

An error occured on your Known site <?php echo $vars['site']; ?>!

<?php echo $vars['message']; ?>


Logged in user was <?php echo $vars['user']; ?>

Agent: <?php echo $vars['agent']; ?>

QS: <?php echo $vars['qs'] ?> 

Referrer: <?php echo $vars['referrer'];
