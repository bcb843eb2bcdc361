<p> {{ $volunteer->email }} has withdrawn from an activity.</p>
<br>
<p>Should you have any questions, please contact us at <a href="mailto:imchosen6@gmail.com">imchosen6@gmail.com</a>.</p>
<p>This is a system generated email so please do not reply to this email.</p>
