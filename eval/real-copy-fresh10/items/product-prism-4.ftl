<h1>
    Dear ${TEMPLATE_RECIPIENT_FIRST_NAME},
</h1>
<p>
    We recently invited you to register with ${TEMPLATE_SYSTEM_NAME}. This is a polite
    reminder that you have outstanding tasks to perform. Your failure to register and act upon
    these tasks could result in an applicant that you know being disadvantaged in our process.
</p>

<div class="section">
    <h5>Your outstanding tasks are as follows:</h5>
    <ul>
    ${SYSTEM_REMINDER_SUMMARY}
    </ul>
    <p>
        Follow the link to see full details. ${ACTION_COMPLETE}
    </p>
</div>

<p>
    We kindly ask you to register and attend to these tasks at your earliest convenience. We
    will continue to send you periodic reminders to this effect. Should you feel that you
    should not be receiving these messages, please report the issue via our helpdesk.
</p>

<p>
${TEMPLATE_SYSTEM_HELPDESK}
</p>

<p>
    Thank you in advance for your time.
</p>

<p>
    Yours sincerely,
    <br/> ${TEMPLATE_SIGNATORY_FULL_NAME}
</p>
