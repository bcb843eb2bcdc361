Hello |PETITIONER_NAME|,

Your package |PACKAGE_NAME| has been blocked in the EasyVisa website for non-payment:

|APPLICANT_LIST|
You cannot access your Questionnaire not the Document Portal.

Please contact me at your earliest convenience to discuss payment options at |LEGAL_REP_PHONE|.

Regards,
|LEGAL_REP_FULL_NAME|
