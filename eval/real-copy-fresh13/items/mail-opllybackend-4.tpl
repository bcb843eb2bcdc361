{{ header }}

<h2>Your request was cancelled by customer</h2>

<p>Hi there, </p>

<p>Your request from <strong>{{ customer_name }}</strong> was cancelled at customers request</p>

<br />

<p>If you have any question, please contact us via <a href="mailto:{{ site_admin_email }}">{{ site_admin_email }}</a></p>

{{ footer }}
