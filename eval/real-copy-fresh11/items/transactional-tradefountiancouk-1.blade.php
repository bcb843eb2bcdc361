<x-mail::message>
# Order Canceled  
Dear {{ $name }},

We hope this message finds you well. It is with regret that we inform you that your order with Trade Fountain has been canceled.

Here are the details of your canceled order:

**OrderID**: {{ $id }}

If you have any questions or concerns regarding the cancellation, please reach out to our customer support team at **support@tradefountain.co.uk**. We're here to assist you and address any issues you may have.

We appreciate your understanding and apologize for any inconvenience this may have caused.

Best Regards,<br>
Trade Fountain
</x-mail::message>