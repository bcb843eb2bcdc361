<p>Hi %customer_first_name,</p>

<p>We’re reaching out as a follow up to your recent service from %company_name. As you may already know, customer satisfaction is our #1 priority at %company_name and we value your opinion.</p>

<p>We’d love your feedback so that we can make any improvements and better service you in the future. It should take 30 seconds or less.</p>

<p><a href="%survey_link">Click here to take our one-question survey!</a></p>

<p>Thank you and have a great day.</p>

<p>Sincerely,</p>

<p>
  <span class="co-name">%company_name</span>
  <br>
  %street %street2
  <br>
  %locality, %province %postal_code
  <br>
  <a href="tel:%company_phone">%company_phone</a>
</p>
