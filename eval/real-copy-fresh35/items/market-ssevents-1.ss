<h1>Event Reminder For $Datetime.EventTitle ($SiteConfig.Title)</h1>

<p>To $Name,</p>

<p>
	This is just a reminder that $Datetime.EventTitle on $Datetime.Summary is
	coming up in $Datetime.StartDate.TimeDiff. If you want to view more details
	about this event, or update your registration, please go to the
	<a href="$Datetime.Link">event date details page.</a>
</p>