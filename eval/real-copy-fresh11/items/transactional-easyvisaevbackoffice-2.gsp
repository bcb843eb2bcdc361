You answered ‘No’ to the question: ‘Is the person you are currently married to, the same person who sponsored you for your conditional residence status (conditional 'green card')?’
Based on your response, the package with applicants on EasyVisa has been blocked:

|APPLICANT_LIST|
Before you can proceed with the EasyVisa, you are advised to immediately contact your attorney to discuss your answer
to this question. You will not be able to proceed with this package in EasyVisa until your attorney unblocks your account.

Regards,
|LEGAL_REP_FULL_NAME|
