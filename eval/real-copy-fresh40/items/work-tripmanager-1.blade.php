Email Subject:

Email Content:
Hello {Crew Member Name},

This is an automated email to let you know the details of an activity you are confirmed to be attending.

ACTIVITY INFORMATION
Activity ID: {Activity ID}
Activity Item: {Activity Type}
Brief: {Brief Description}
Date / Time: {Activity Date} at {Activity Time}
Duration: {Activity Duration}

CREW INFORMATION
Number of Crew Needed: {crew number}
Passenger Count: {passenger count}
Activity Lead: {show the activity lead}
Confirmed Crew: {list of confimed crew (minus activity lead)}

NOTES FOR CREW
{crew notes}

If you have any questions about the activity or cannot attend, please contact the trust ASAP.

Thank you,
Chesterfield Canal Trust
