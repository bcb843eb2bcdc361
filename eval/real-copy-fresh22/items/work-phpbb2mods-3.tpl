Charset: iso-8859-1
  


This is an automated message, {TIME}

Urgent Warning !!
======================================================

A user named: {USERNAME}

With a user ID of: {USERID})

And with the IP Address of: {USERIP}

Just accessed the Admin Control Panel !!!

{SITENAME} should be checked for problems.

=====================================================
