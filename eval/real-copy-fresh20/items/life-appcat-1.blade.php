<p>Hello {{$last_name}},</p>

<p>We are bummed to see that you have requested a cancellation of your reservation.  We were so looking forward to getting to pamper and care for your cat while you are away. </p>

<p>For your reference, here is the link to our <a href="https://griffinrockcatretreat.com/cancellation-policy"_blank">Cancellation Policy</a>.  </p>

<p>
Our staff will review this request and your reservations details and will communicate back to you with the final confirmation of your refund amount. </p> 

<p>As a reference your reservation details are below:</p> 

<p>Check-in date: {{$reservation['checkin']}}</p> 
<p>Check-out date: {{$reservation['checkout']}}</p> 
<p>Number of cats: {{$reservation['no_of_cats']}}</p> 
<p>Accommodation: {{$reservation['accom_resa']}}</p> 
<p>Price: {{$reservation['amount_paid']}}</p> 

<br>
<p>If you have any questions in the mean time please contact us directly at <a href="tel:2142335148">214-233-5148</a>.  Our staff will be in touch as soon as they have had time to review this cancellation request.  </p> 

<p>Thanks and meow for now. </p> 

<p>-Griffin Rock Cat Retreat</p> 
