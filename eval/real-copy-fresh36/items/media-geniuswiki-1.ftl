Hi,

You friend ${user.fullname} invited you join his/her space ${space.name}. You are able to accept or reject this invitation following this link ${inviteUrl}. You will get initial space read permission once you accept this invitation. Please ask space administrator for more permissions.

Your friends's message:
${inviteMessage}

<#if signupSuppressed??>
The system sign up is disabled currently. Your administrator will create an account as soon as possible. Please wait for another email for your login information then accept this invitation.
<#else>
You can access this space following this link ${pagelink} if you already have proper permission.
</#if>

Please note, this invitation will be expired in 72 hours.
  
Regards,
GeniusWiki Team
