<table>
<tbody>
<tr>
<td style="background: #89b556; border: 2px solid #6f9a3e; padding: 15px 15px 12px 15px; font-family: Helvetica, Arial, Sans-Serif;">
<table cellspacing="0" cellpadding="0">
<tbody>
<tr>
<td style="background: #fff; border: 2px solid #6f9a3e; color: #404040;" width="400">
<table style="border-collapse: collapse; width: 100%;">
<tbody>
<tr>
<td style="background: #ecfacd; border-bottom: 1px solid #bcd98b; padding: 24px 20px 19px 20px;">
<h1 style="margin: 0; font-size: 18px; color: #496617;">Appointment Confirmation</h1>
</td>
</tr>
<tr>
<td style="padding: 17px 20px; font-size: 15px; line-height: 18px;">
<p style="margin: 0 0 17px 0;">Hi {client_name}</p>
<p style="margin: 0 0 17px 0;">This is a confirmation that you are booked for the following appointment:</p>
<p style="margin: 0 0 0 0; font-weight: bold;">{service_name} with {staff_name}</p>
<p style="margin: 0 0 17px 0; font-weight: bold;">{datetime}</p>
<p style="margin: 0 0 17px 0;">at this location</p>
<p style="margin: 0 0 0 0; font-weight: bold;">{location_name}</p>
<p style="margin: 0 0 17px 0; font-weight: bold;">{city}, {zip_code}</p>
<p style="margin: 0 0 17px 0;"><a href="{cancel_url}">Click here to cancel this appointment.</a></p>
<p style="margin: 0 0 17px 0;"><a href="{reschedule_url}">Click here to reschedule this appointment.</a></p>
<p style="margin: 0 0 17px 0;">We require 24 hours notice to cancel or reschedule an appointment.</p>
<p style="margin: 0 0 17px 0;">{site_title}
{phone}</p>
</td>
</tr>
</tbody>
</table>
</td>
</tr>
<tr>
<td>
<p style="margin: 12px 0 0 22px; font-size: 13px; color: #f1fadd;">Sent by <a style="font-weight: bold; color: #f1fadd; text-decoration: none;" href="http://www.birchpress.com">BirchPress Scheduler</a></p>
</td>
</tr>
</tbody>
</table>
</td>
</tr>
</tbody>
</table>
