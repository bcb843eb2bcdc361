Dear {$account->firstname},

We've tried to take payment for your subscription several times but don't seem to be able to. As a precautionary measure we have suspended your account.

To re-enable it, simple login and update the card details when requested at:

https://{$account->site_address}.tactilecrm.com/

If you think this was in error please contact us at support@tactilecrm.com and we'll do our best to help you out.

{include file="mails/shared/team-sig.tpl"}
