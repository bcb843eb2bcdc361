Thank you for calling customer support on {$VAL_CLOSEDON}. Hopefully, your
issue was resolved in a timely manner.  The ticket number assigned to your
call is {$VAL_TICKETID}. Please refer to this ticket number if you call
back about this same issue again. 

In an effort to better serve your needs could you please answer the
following questions about your support experience.

1= Very Unsatisfactory, 2= Unsatisfactory, 3= Satisfied, 4= Very Satisfied, 5= Excellent

Using the above scale please rate the following.
*	Was the agent courteous?
*	How would you rate the agent's technical ability?
*	Was your issue resolved?
*	Time to answer?
*	Overall opinion of customer support?
