Subject: Reactivation required
Charset: iso-8859-1

Hello,

The account owned by "{USERNAME}" has been deactivated because it's owner tried to change their email address.  You can reactivate it using the following link:

{U_ACTIVATE}

{EMAIL_SIG}