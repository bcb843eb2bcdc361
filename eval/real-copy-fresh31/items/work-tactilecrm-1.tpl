Dear {$account->firstname},

We just wanted to let you know that we tried to take payment today for your monthly subscription for Tactile CRM but it didn't work. 

Sometimes this can just be the banks not talking to each other so we're going to try again tomorrow. Your account will be active until then, but if the payment fails again it will be suspended until you provide valid card details.

The easiest way to do this is to login and update your details at:

https://{$account->site_address}.tactilecrm.com/account/payment_details/

--
Sent by the Tactile CRM Team
