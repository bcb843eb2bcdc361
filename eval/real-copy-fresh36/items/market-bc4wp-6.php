<?php

/**
 * The template for the Order Not Found page, when attempting
 * to view an order ID that does not exist or is not accessible
 * to the customer.
 * 
 * @version 1.0.0
 */

?>
<div class="bc-order-not-found">
	<?php esc_html_e( "Sorry, we can't find the order you requested.", 'bigcommerce' ); ?>
</div>
