<h1 style='color: #e60c3e'>Welcome {{ucwords($user['first_name'])}} {{ucwords($user['last_name'])}}!</h1>
<p>You are now registered to <span style='color: #e60c3e'>Filipino Freelance Coaching!</span></p>
<p>With over 100 courses and a number of softwares, templates and e-book access, this is the portal to your freelance success!</p>
<br>
<p>Your account is not yet enrolled - thus hinders your access to our exciting offers.</p>
<p>But, no worries since the enrollment is as easy as 1,2,3 - Yes! Just three steps and you're on your way towards greatness!</p>
<p>Select any plan below and follow our intuitive step by step enrollment!</p>
<br>
<a href="https://thefilipinofreelancecoaching.com/home/enroll/monthly/basic_info">
  <h3 style='color: #e60c3e'>MONTHLY PLAN for ₱399/ Month</h3>
</a>
<a href="https://thefilipinofreelancecoaching.com/home/enroll/yearly/basic_info">
  <h3 style='color: #e60c3e'>YEARLY PLAN for ₱999/ Year</h3>
</a>
<a href="https://thefilipinofreelancecoaching.com/home/enroll/lifetime/basic_info">
  <h3 style='color: #e60c3e'>LIFETIME PLAN for ₱1999</h3>
</a>
<hr>
<i>
<p>Got any questions? Email us at <a href="mailto:admin@thefilipinofreelancecoaching.com">admin@thefilipinofreelancecoaching.com</a>. Or message us on our <a href="https://web.facebook.com/filipinofreelancecoaching/">Facebook Page</a>.</p>
</i>
<hr>