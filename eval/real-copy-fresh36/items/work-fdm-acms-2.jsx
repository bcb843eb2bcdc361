const FollowUpTemplate = candidate => `Dear ${candidate.firstName} ${candidate.lastName},

Ref. ${candidate.stream.streamName} – Immediate Start

Thank you for your interest in FDM! Due to the volume of applications we have received, you will be contacted within the next 14 days for your application status. 

In the meantime, don’t forget to join us on social media @FDMgroup #FDMcareers to keep up to date with events and latest news. 

Find out more about the culture at FDM and our values at https://www.fdmgroup.com/en-au/au-culture/. 

Many thanks for your interest in FDM Group. 

Kind Regards, 
The FDM Group Recruitment Team
`;

export default FollowUpTemplate;