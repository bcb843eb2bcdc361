This email confirms that we are processing a payment of {{{payment.amount}}} against invoice {{invoice.ref}}.

The payment has been given reference {{payment.ref}}.

You will receive an email when payment has been processed fully and debited from your account.

To download a copy the invoice as a PDF, please use the following link:

{{invoice.urls.download}}

