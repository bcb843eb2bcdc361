<h1>
    Dear ${TEMPLATE_RECIPIENT_FIRST_NAME},
</h1>

<p><b>
    Your application for ${APPLICATION_OPPORTUNITY_TYPE} in the position of: ${TEMPLATE_PARENT_RESOURCE_NAME}.
</b></p>

<p>
    We recently informed you that we had rejection your application.
</p>
<p><b>
    This was an error on our part, for which we apologise. Your application has been reinstated.
</p></b>

<p>
    We will continue to update you on changes to the status of your application.
</p>

${ACTION_VIEW_EDIT}

<p>
    Yours sincerely,
    <br/> ${TEMPLATE_SIGNATORY_FULL_NAME}
</p>
