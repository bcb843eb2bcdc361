{{ header }}

<h2>Your request has been rejected</h2>

<p>Hi {{ customer_name }},</p>
<p>Unfortunately your request <strong>{{ order_id }}</strong> has been rejected by the talent. There may be several reasons for that. Feel free to try to create a new request or you can contact us to get an advice on how to structure your request.</p>

<br />
Your payment has been cancelled and you will received your funds back shortly.
<br />

<p>If you have any questions or issues, please contact us via <a href="mailto:{{ site_admin_email }}">{{ site_admin_email }}</a></p>

{{ footer }}
