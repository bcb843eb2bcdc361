const RejectionTemplate = candidate => `Dear ${candidate.firstName} ${candidate.lastName},

Ref. ${candidate.stream.streamName} Graduate Program

Thank you for your application to join FDM. After careful consideration, we regret to inform you that we are unable to offer you an interview at this stage. 

We would like to thank you for your interest in FDM and wish you the best of luck for the future. 

Kind Regards, 
The FDM Group Recruitment Team
`;

export default RejectionTemplate;
