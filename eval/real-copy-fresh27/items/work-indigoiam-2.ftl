Dear ${recipient}, 

you failed to sign the Acceptable Usage Policy (AUP) in time.

You will NOT be able to obtain JWT tokens/VOMS credentials
for the ${organisationName} organization until you explicitly accept the AUP.

To sign the AUP, point your browser to the following URL:

${aupUrl}

The ${organisationName} registration service
