@component('bee-notify::vendor.mail.html.message')
  Remind about Automatically Renewal

  Dear Customer,
  Thank you for your interest in our services!
  This email sent you to remind you that you will have an automatically renewed order on your account.
  Here are the details:
  Order ID
  Your recently saved credit card that came with the initial subscription you selected from our website will be renewed, from …. to …
  There is nothing more to do if you would still like to use our service!
  If NOT, please feel free to email our support team at tvsunsport@gmail.com .We are always available to support you.
  We are grateful to have you on our site. In order to improve our site, we would appreciate it if we can hear some messages from you.
  If you have any further questions, please don’t hesitate to contact us.
  Best Regards,
  SunSport Support Team.
@endcomponent
