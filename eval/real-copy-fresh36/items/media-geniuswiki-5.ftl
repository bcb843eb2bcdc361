Hi GeniusWiki administrator,

Your received this email because user ${user.fullname} invites some friends to join space ${space.name}. However current system is sign-up disabled. 

Please login as system administrator to create these new users. Go to system admin->Users tab and click "Create users" button on the top-right corner.   

<#list list as email>
${email}
</#list>  
 
Regards,
GeniusWiki Team
