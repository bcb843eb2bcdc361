<h1 style='color: #e60c3e'>Subscription Expired!</h1>
<h3>Howdy, {{ucwords($user->first_name)}} your <span style='color: #e60c3e'>{{strtoupper($user->plan_name)}}</span> subscription has ended.</h3> 
<br>
<b>Plan Details</b>
<p>Name: <b>{{$user->plan_name}}</b></p>
<p>Started at: <b>{{$user->subscription_start}}</b></p>
<br>
<p>But, no worries. You can always <a href="https://www.thefilipinofreelancecoaching.com/home/enroll">apply for a renewal</a>.</p>
<hr>
<i>
  <p>Got any questions? Email us at <a href="mailto:admin@thefilipinofreelancecoaching.com">admin@thefilipinofreelancecoaching.com</a>. Or message us on our <a href="https://web.facebook.com/filipinofreelancecoaching/">Facebook Page</a>.</p>
</i>
<hr>