<b>Dear <?= $sp_name ?> </b><br>

<p>Unfortunately, the service request for the <?= $service_name ?> has been canceled by the <?= $customer_name ?>. Please find the details below:</p>

<p>
	<B>Service Name : </B> <?= $service_name ?><br>
	<B>Date & Time : </B> <?= $date_time ?><br>
	<B>Location : </B> <?= $location ?><br>
	<B>Reason to Cancel : <?= $cancel_request ?><br>
	
</p>


<br>
Thank You 
<br>
UrbanSense Support

<center><small>© 2019 UrbanSense. All rights reserved</small></center>