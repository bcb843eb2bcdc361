export const rentalInvoiceEmailBody = `Dear Customer,

Thank you for your payment! We are pleased to confirm that your transaction has been successfully processed.

Attached to this email, you will find your rental invoice in PDF format. Please review the details and keep it for your records.

If you have any questions or need further assistance, feel free to reach out to us.

Thank you for choosing our car rental service!

Best regards,
The Car Rental Team`;
