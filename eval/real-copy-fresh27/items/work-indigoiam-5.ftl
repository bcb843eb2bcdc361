Dear ${recipient},

your membership request for the group ${groupName} has been ${status}.
The admin takes this action with the following motivation:
${motivation}


The ${organisationName} registration service
