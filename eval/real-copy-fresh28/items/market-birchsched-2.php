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
<h1 style="margin: 0; font-size: 18px; color: #496617;">Appointment Reminder</h1>
</td>
</tr>
<tr>
<td style="padding: 17px 20px; font-size: 15px; line-height: 18px;">
<p style="margin: 0 0 17px 0;">Hi {client_name}</p>
<p style="margin: 0 0 17px 0;">We hope you are having a pleasant day. We're writing to remind you of your appointment with <span style="margin: 0 0 0 0; font-weight: bold;">{staff_name}</span> on <span style="margin: 0 0 0 0; font-weight: bold;">{datetime}</span> at this location</p>
<p style="margin: 0 0 0 0; font-weight: bold;">{location_name}</p>
<p style="margin: 0 0 17px 0; font-weight: bold;">{city}, {zip_code}</p>
<p style="margin: 0 0 17px 0;">If you have any questions, please feel free to contact us.</p>
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