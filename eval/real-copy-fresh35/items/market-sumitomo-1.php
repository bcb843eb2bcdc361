<div style="max-width: 560px;padding: 20px;background: #ffffff;border-radius: 5px;margin:40px auto;font-family: Open Sans,Helvetica,Arial;font-size: 15px;color: #666;">
	<p><img style="width: 100%" src="http://sumitomo.creo.vn/wp-content/uploads/2020/10/header-email.png" /></p>
	<h3>REGISTRATION CONFIRMATION – WEBINAR “MEET THE EXPERT – SCHIZOPHRENIA CASES”</h3>
	<p>Dear {display_name},</p>
	<p>You have been registered to attend the webinar " Meet the Expert – Schizophrenia Cases ". It will take place on Thursday, 19 November 2020 from 19:00 - 21:00 (SGT/GMT +8).</p>
	<p>Please make sure to mark your calendar by clicking on the reminder below.</p>
	<p><a href="http://sumitomo.creo.vn/wp-content/uploads/2020/10/myevents.ics" style="background: #399e39; color: #fff; padding: 5px 15px; border-radius: 4px; text-decoration: none">Add to calendar</a>
	</p>
	<p>A personalised log in link will be sent to you via email a few days before the event. To ensure that you receive our emails, please add <a href="mailto:info@smtwebinar.today">info@smtwebinar.today</a> into your safe senders list. Kindly note that the password created during your registration process will be needed to log into the webinar session.</p>
	<p>Please get in touch with us at <a href="mailto:info@smtwebinar.today">info@smtwebinar.today</a> should you have any queries.</p>
	<p>See you soon!</p>
	<br>
	<p><strong>Best regards,</strong>
	</p>
	<p><strong>Sumitomo Pharmaceuticals Webinar Team</strong>
	</p>
	<p>
		<img style="width: 100%" src="http://sumitomo.creo.vn/wp-content/uploads/2020/10/footer-email.png" />
	</p>
</div>