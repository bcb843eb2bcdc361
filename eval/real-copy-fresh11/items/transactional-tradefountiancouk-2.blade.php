<x-mail::message>
# Order Refunding  
Dear {{ $name }},

We hope this message finds you well. We want to inform you that the refund process for your order is currently in progress.

Here are the key details:

**Order ID**: {{ $id }}

Please note that it may take a few business days for the refunded amount to be credited back to your original payment method.

If you have any questions or if there's anything else we can assist you with during this process, please feel free to contact our customer support team at **support@tradefountain.co.uk**.

We appreciate your patience and understanding.

Best Regards,<br>
Trade Fountain
</x-mail::message>