{{ header }}

<h2>Your request has been accepted</h2>

<p>Hi {{ customer_name }},</p>
<p>Your request <strong>{{ order_id }}</strong> has been accepted and your video is being worked on. You will receive an update once the video is complete</p>

<br />

<p>If you have any questions, please contact us via <a href="mailto:{{ site_admin_email }}">{{ site_admin_email }}</a></p>

{{ footer }}
