<#import "../base-layout-text.ftl" as layout>
<@layout.email>
Your Account Has Been Deleted
==============================

Hello,

This email confirms that your account associated with ${emailAddress} has been permanently deleted from ${applicationName}.

This action was completed on ${deletionDateTime}.

All your personal data has been removed from our systems. This action cannot be undone.

WASN'T YOU?
If you did not request this deletion, please contact our support team immediately as your account may have been compromised.

We're sorry to see you go. If you ever decide to come back, you're always welcome to create a new account.

Thank you for being part of ${applicationName}.
</@layout.email>