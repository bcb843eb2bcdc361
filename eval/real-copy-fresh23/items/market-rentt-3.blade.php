Hey,
Welcome to Rentt! We just want to make sure you aren't a robot. If you confirm your email address by going to the address below we can make sure your new account isn't deleted.

Go to {{ url('register/verify/'. $user->email_token) }} to confirm your email.

Thanks,
The Rentt Team
