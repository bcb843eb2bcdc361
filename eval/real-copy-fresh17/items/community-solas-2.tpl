<p>
    Your task on {{SITE_NAME}} has been revoked. The "{{TASK_TYPE}}" task for <a href="{{TASK_VIEW}}">{{TASK_TITLE}}</a>
    from {{SOURCE_LANGUAGE}} into {{TARGET_LANGUAGE}} will be made available to other translators.
    You are unable to reclaim this task and it will no longer appear in the list of your available tasks.
</p>
<p>
    If you have any questions about this task, please leave a comment in the TWB Community forum thread associated with this project.
</p>


{{>FOOTER}}
