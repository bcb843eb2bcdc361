Hi {$firstname},

As you don't seem to have had a chance to use Tactile CRM yet I was wondering if there is anything I can do to help?

My contact details are in the signature below if you have any questions, and I have included your account details below as sometimes they get filed as junk:

Login at: http://{$site_address}.tactilecrm.com
Username: {$username}

{include file="mails/shared/jake-sig.tpl"}
