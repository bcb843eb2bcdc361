<?php /* Copyright (c) 2020 Christoph Theis */ ?>
<?php
	$name = $tournament['description'];
?>
Dear Table Tennis friend,
<p>
The registration of <?php echo $registration['person']['display_name'];?> has been cancelled.
</p>
