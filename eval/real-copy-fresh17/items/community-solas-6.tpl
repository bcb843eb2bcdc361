<p>
    {{#USER_HAS_NAME}}
        {{USERNAME}},
    {{/USER_HAS_NAME}}
    {{#NO_USER_NAME}}
        Hello,
    {{/NO_USER_NAME}}
</p>

<p>
    I regret to inform you that your request to become a member of the organisation,
    {{ORG_NAME}}, on {{SITE_NAME}} has not been approved.
    Organisation membership is restricted to staff members of {{ORG_NAME}}.
    You do not need to be a member of an organisation to translate their files.
    You may choose a task and click "Download Task" in order to decide if you wish
    to translate a document for the organisation {{ORG_NAME}}.
</p>

<p>
    Reply to this email if you wish to get help.
</p>

<p>
    The {{SITE_NAME}} Team
</p>
