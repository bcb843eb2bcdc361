Dear ${recipient},

this mail is to inform that your Multi-Factor Authentication (MFA) in ${organisationName} has been successfully disabled.
As a result, you can now delete the existing entry from your authenticator.


To ensure the security of your account, please follow these steps:
1. Open your authenticator.
2. Locate the entry associated with our service.
3. Delete the entry.

If you have any questions or need further assistance, please do not hesitate to contact our support team.


The ${organisationName} management service
