{REQUESTOR},

We're sorry, but {REQUESTEE} has declined your roommate request. Please contact {REQUESTEE_FIRST} to resolve any issues.

Please do not reply to this email.  If If there is a problem, please contact University Housing at 828-262-6111 or by emailing housing@appstate.edu. 
