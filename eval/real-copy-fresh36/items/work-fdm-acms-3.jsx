const AptitudeTestTemplate = candidate => `Dear ${candidate.firstName} ${candidate.lastName},

Thank you or your continued interest in FDM Group. You are now a step closer to joining our FDM Graduate Program. We invite you to complete our online IT Aptitude Test. 

You will have 72 hours to complete this test from receipt of the initial invitation. If for any reason you are unable to do so within this time, please contact your recruiter as soon as possible.  

Here are some details you should be aware of:
    -	You can log in and complete the test prior to the deadline given by your recruiter
    -	Once you have logged in you will have 50 minutes to complete all questions
    -	DO NOT exit the test page until you have submitted the test, otherwise the test will auto submit your answers.
    -	We recommend you perform the test on a desktop/PC using Google chrome

Please contact your recruiter if you have any questions or support@vervoe.com if you experience any technical issues.

Best of luck!
The FDM Group Team
`;

export default AptitudeTestTemplate;