<h1>
    Dear ${TEMPLATE_RECIPIENT_FIRST_NAME},
</h1>

<p><b>
    Your application for ${APPLICATION_OPPORTUNITY_TYPE} in the position of: ${TEMPLATE_PARENT_RESOURCE_NAME}.
</b></p>

<p>
    We have assessed your application and we regret to inform you that it was unsuccessful.
</p>

<p>
    The following explanation was given: <b>${APPLICATION_REJECTION_REASON}.</b>
</p>

<p>
    We wish you every success in your ongoing search.
</p>

${TEMPLATE_SYSTEM_HOMEPAGE}

<p>
    Yours sincerely,
    <br/> ${TEMPLATE_SIGNATORY_FULL_NAME}
</p>
