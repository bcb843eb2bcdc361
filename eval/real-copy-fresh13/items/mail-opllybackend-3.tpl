{{ header }}

<strong>Hello {{ talent_name }},</strong> <br /><br />

Thank you for deciding to join Oplly as a talent. One of our onboarding team members will be in touch shortly to get you started.

Regards, <br />

<hr />

{{ footer }}


