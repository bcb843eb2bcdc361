<?php if (!defined('ABSPATH')) {
    exit;
} ?>

<div class="wrap">

	<div class="go-pro">
		<h2>Upgrading to <span class="pro-name">Subscriptions for Woo Premium</span> gives you these features:</h2>
		<ul>
			<li>Allow specific users to edit plugin settings and permissions</li>
			<li>Allow specific users to view and manage subscribers</li>
			<li>Allow specific users to edit subscription products</li>
			<li>Give subscribers the ability to manage their own plan, including pausing, cancelling, or re-activating, without needing to wait on you for help</li>
			<li>Create virtual and downloadable subscription products</li>
			<li><span class="pro-name">Enterprise feature:</span> Create custom roles to restrict content based on customer subscription(s)</li>
			<li><span class="pro-name">Enterprise feature:</span> Shortcode, with copy shortcode link, allows adding PayPal subscribe button to any page</li>
			<li><span class="pro-name">Enterprise feature:</span> Allow canceled subscribers to resubscribe and receive a discount</li>
			<li><span class="pro-name">Enterprise feature:</span> Easily generate WooCommerce products from each plan with one click</li>
			<li><span class="pro-name">Enterprise feature:</span> Priority enterprise support</li>
		</ul>
		<a class="button button-primary" target="_blank" rel="noopener" href="<?php echo esc_url(self::$upgrade_link); ?>">Compare Plans</a>
	</div>

<div>
