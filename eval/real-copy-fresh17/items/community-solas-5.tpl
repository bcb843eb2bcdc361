<p>
    {{USERNAME}}, 
</p>

<p>
    Congratulations! You&#8217;ve been awarded the {{BADGE_NAME}} achievement on {{SITE_NAME}}.
</p>

<p>
    Sincerely,<br />
    The {{SITE_NAME}} Team
</p>


{{>FOOTER}}
