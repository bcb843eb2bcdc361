<p>The following customer has requested a cancellation of their reservation.</p>
<p>{{$last_name}}</p> 
<p>{{$email}}</p> 
<br>
<p>Check-in date: {{$reservation['checkin']}}</p> 
<p>Check-out date: {{$reservation['checkout']}}</p> 
<p>Number of cats: {{$reservation['no_of_cats']}}</p> 
<p>Accommodation: {{$reservation['accom_resa']}}</p> 
<p>Price: {{$reservation['amount_paid']}}</p> 
<br>
<p>Please review the request and communicate back to the customer regarding their refund details. </p> 

