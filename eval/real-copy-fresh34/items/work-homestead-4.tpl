{BREAKEE},

We're sorry, but {BREAKER} has broken your roommate pairing.  Please contact {BREAKER_FIRST} to resolve any issues.

Please do not reply to this email.  If If there is a problem, please contact University Housing at 828-262-6111 or by emailing housing@appstate.edu.
