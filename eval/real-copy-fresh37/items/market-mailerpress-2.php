<?php

defined('ABSPATH') || exit;

?>

<p>
    <?php echo esc_html($title); ?>
</p>
