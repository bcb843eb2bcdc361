<#import "../base-layout-text.ftl" as layout>
<@layout.email>
Your Password Has Been Changed
===============================

Hello,

This is a confirmation that the password for your account associated with ${emailAddress} has been successfully changed.

This change was made on ${changeDateTime}.

WASN'T YOU? 
If you did not make this change, your account may have been compromised. Please take immediate action:
- Reset your password immediately
- Review your account activity
- Contact our support team if you need assistance

If you made this change, you can safely ignore this email.

Best regards,
${appName}
</@layout.email>