<div class="row py-5">
	<div class="col-md-12 text-center text-danger">
		<h1>Oops! Something was wrong!</h1>
	</div>
</div>
<div class="row">
	<div class="container text-center">
		<span>The payment hasn't been done successfully, Something was wrong!<br>
		Please try again or contact us at:</span><br>
		<a href="mailto:<?php echo getConfig('email_sales_support'); ?>"><?php echo getConfig('email_sales_support'); ?></a></span><br>
	</div>
</div>
