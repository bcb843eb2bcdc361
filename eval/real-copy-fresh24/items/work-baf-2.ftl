<#import "../base-layout-text.ftl" as layout>
<@layout.email>
Organization Has Been Deleted
==============================

Hello,

This email confirms that organization ${organizationName} has been permanently deleted from ${applicationName}.

This action was completed on ${deletionDateTime}.

All organization data, including members, settings, and associated records, has been removed from our systems. This action cannot be undone.

Thank you for being part of ${applicationName}.
</@layout.email>