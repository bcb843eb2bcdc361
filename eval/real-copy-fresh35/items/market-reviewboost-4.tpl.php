  <p>Please take a moment to click the links below and fill out a review. We would really appreciate it!</p>

  <p>
    %review_links
  </p>
  <p>
    Have a great day!
  </p>
  <p>
    <span class="co-name">%company_name</span>
    <br>
    %street %street2
    <br>
    %locality, %province %postal_code
    <br>
    <a href="tel:%company_phone">%company_phone</a>
  </p>
