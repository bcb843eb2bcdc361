<h1>
    Dear ${TEMPLATE_RECIPIENT_FIRST_NAME},
</h1>

<p><b>
    Your application for ${APPLICATION_OPPORTUNITY_TYPE} in the position of: ${TEMPLATE_PARENT_RESOURCE_NAME}.
</b></p>

<p>
    We have completed our assessment and we are writing to inform you that you have been added to our reserve list.
</p>

<p>
    This means that your application was of a high standard and we were close to making you an offer outright. As
    it stands, we may be able to make you an offer this year if one of our successful applicants withdraws.
</p>

<p>
    We will get back in touch with you as soon as we are able to provide you with further information. As places in
    our competition are at a premium, we kindly ask that should you wish to be removed from our consideration, you
    log in at your earliest convenience and withdraw your application by following the link below.
</p>

${ACTION_VIEW_EDIT}

<p>
    We wish to thank you again for having applied for our competition, and we are sorry that we have not been able
    to write to you with better news at this particular point in time.
</p>

<p>
    Yours sincerely,
    <br/> ${TEMPLATE_SIGNATORY_FULL_NAME}
</p>
