<p>
    {{USERNAME}},
</p>

<p>
    You have been banned by an administrator from using {{SITE_NAME}} and can no longer 
    log in. You were banned on {{BAN_TIME}}, {{BAN_LENGTH}}.
</p>

{{#COMMENT_GIVEN}}
    <p>
        The site administrator has given the following comment in relation to your ban:
    </p>
    <p>
        {{COMMENT}}
    </p>
{{/COMMENT_GIVEN}}

<p>
    In the future please refrain from violating any of our terms of use. We value your
    participation.
</p>

<p>
    Sincerely,<br />
    The {{SITE_NAME}} Team
</p>
