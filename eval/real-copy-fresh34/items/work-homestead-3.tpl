Hello {NAME},

Thank for you for taking the time to apply for one of our Residential Learning Communities (RLCs) for {TERM}.  These unique housing options are a popular living option among our new students.  At this time, I regret to inform you that your RLC application has not been accepted.

If you are a new freshman student, you will be provided housing elsewhere on-campus. On-campus housing is not guaranteed for transfer students and is provided according to available space. All assignment information (including your Fall room assignment) will be emailed to you in mid-July via your Appalnet email account.

We are sorry that we are unable to accept your application at this time and wish you the best in your first year at Appalachian.  It truly is a great place to be!  If you have any questions or concerns regarding this matter, please call 828.262.2160.

Best wishes,
Corinne

-- 
M. Corinne Smith
Residence Life and Learning Communities Coordinator
Housing and Residence Life - Appalachian State University 