<h1>
    Dear ${TEMPLATE_RECIPIENT_FIRST_NAME},
</h1>

<p><b>
${APPLICATION_CREATOR_FULL_NAME} application for ${APPLICATION_OPPORTUNITY_TYPE} in the position of:
${TEMPLATE_PARENT_RESOURCE_NAME}.
</b></p>

<p>
${APPLICATION_CREATOR_FULL_NAME} has nominated you as one of their referees and we would very much
    appreciate your feedback on their suitability.
</p>

<p>
    <b>If you are happy to provide your feedback:</b>
    <br/>
<ul>
    <li>Please follow the <i>Proceed</i> link below.</li>
    <li>Enter a password of your choice on the registration form, (or login if you have already registered).
    </li>
    <li>Then follow the onscreen guidance to access our feedback form.</li>
</ul>
<br/>
<b>If you feel unable to do this:</b>
<br/>
<ul>
    <li>
        Follow the alternative, <i>Decline</i>, link to notify us of the situation. (Please be aware that by
        declining you may reduce the chance of the applicant securing a position).
    </li>
</ul>
<br/>
</p>

${ACTION_COMPLETE}

<p>
    We kindly ask you to provide your feedback using our portal, (rather than submitting via other means), so that
    we can validate that your comments are authentic, and maintain a comprehensive record of our decision making.
</p>

<p>
    We look forward to receiving your feedback at your earliest convenience. Should you run into any difficulty,
    please see our dedicated ${TEMPLATE_SYSTEM_HELPDESK} to access further assistance.
</p>

<p>
    Thank you in advance for your time.
</p>

[#if TEMPLATE_BUFFERED?has_content]
<p>${TEMPLATE_BUFFERED}</p>
[/#if]

<p>
    Yours sincerely,
    <br/> ${TEMPLATE_SIGNATORY_FULL_NAME}
</p>
