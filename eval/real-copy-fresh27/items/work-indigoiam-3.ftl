Dear ${recipient},

this mail is to inform that your account in ${organisationName} has been suspended.

You will not be able to obtain JWT tokens/VOMS credentials anymore.

Please contact administrators for any questions.

The ${organisationName} registration service
