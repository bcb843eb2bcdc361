Hello |PETITIONER_NAME|,

I noticed that you have not answered any questions on the EasyVisa site for more than |QUESTIONNAIRE_INACTIVE_INTERVAL| days.
If you have an questions regarding the process, then feel free to call me at |LEGAL_REP_PHONE|.

|LEGAL_REP_FULL_NAME|
