<#import "../base-layout-text.ftl" as layout>
<@layout.email>
Reset Your Password
===================

Hello,

We received a request to reset the password for your account. Click the link below to create a new password:

${resetUrl}

This link will expire in ${expirationDurationMinutes} minutes for security reasons.

IMPORTANT: If you didn't request a password reset, you can safely ignore this email. Your password will remain unchanged.

Best regards,
${appName}
</@layout.email>