<b>Dear <?php echo $name; ?> </b><br>


<p>We regret that we couldn't fulfill your service request as detailed below: </p>
<br>
<b>Service Name: </b> <?php echo $service; ?> <br>
<b>Service Date/Time: </b> <?php echo $datetime; ?> <br>
<b>Location: </b> <?php echo $location; ?> <br>
<b>Booking id: </b> <?php echo $booking_id; ?> <br>
<b>Payment id: </b> <?php echo $payment_id; ?> <br> 
<b>Provider: </b> <?php echo $provider; ?> <br>

 


<p>As a result, our team has canceled the request from the back office and initiate a refund of amount ZAR <?= $amount ?> to you. You should receive the amount within 3-4 days.</p>

<br>
Thank You
<br>
UrbanSense Support

<center><small>© 2019 UrbanSense. All rights reserved</small></center>