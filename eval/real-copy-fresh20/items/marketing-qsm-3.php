
<div class="row">
	<div class="col-md-6 col-sm-12 col-xs-12">
		<div class="panel panel-danger">
			<div class="panel-heading">
				<i class="fa fa-paypal"></i> Transaction Status
			</div>
			
			<div class="panel-body">
				 <h4 class="error">We are sorry! Your transaction was canceled.</h4> 
				 <p><a class="btn btn-primary" href="<?php echo base_url($action_url); ?>">Try Again</a></p>
			</div>
				
		</div>
	</div>
</div>