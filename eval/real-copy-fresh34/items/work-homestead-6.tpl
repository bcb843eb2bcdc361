==========================================================
BETA TESTING   BETA TESTING    BETA TESTING   BETA TESTING
==========================================================
You have received this email because we are testing the
Housing Management System. Please read this message and
follow its instructions, but be aware that you WILL NOT
actually receive on-campus housing through this process.
Because of our testing, you may receive several similar
emails and be asked to complete the same task multiple
times. For more information, please see the FAQ listed
below. If you have questions, feedback, or trouble using
this site please email: beta@tux.appstate.edu
Thank you for your assistance.


Dear {NAME},

You were selected for on-campus housing and you have not yet confirmed your on-campus housing for {YEAR}.

***IMPORTANT***
You *must* log in and select your desired room before {EXPIRES_ON} in order to qualify for housing for {YEAR}.  If you do not claim your room by {EXPIRES_ON} your invitation for on-campus housing will be canceled.

Please log in and confirm your on-campus housing for {YEAR}!

If you have any questions about the re-application process, please refer to the housing FAQ: http://hms.ess.appstate.edu/webpage/id/2

We look forward to seeing you in {YEAR}!

Sincerely,

Housing Assignments
