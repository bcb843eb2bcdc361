<#import "/notice/macro.ftl" as notice>

<@notice.html subject="WiseMatches Account Assistance">

<p>Congratulations on creating your new WiseMatches account</p>

<p>
    You can log in to your account at <@notice.link href=""/>.
</p>
<br>

<p>
    Enjoy!
</p>

<p>
    The WiseMatches Team
</p>
<br>

<p>
    If you didn't created WiseMatches account and don't recognize this message, it means someone used your
    email address for creating a account at WiseMatches. We recommend contacting a
    WiseMatches Support Team by email: <@notice.mailto box="account-support"/>
</p>

</@notice.html>