export let emailTemplate = `
<p>Dear <strong>[Customer Name]</strong>,</p>

<p>We’re happy to let you know that your order has been <strong>shipped</strong>!</p>

<p>Here is your tracking number: <strong>[Tracking Number]</strong></p>

<p>You can track your package using the following link:<br>
<a href="[Tracking URL]" target="_blank">[Tracking URL]</a>
</p>

<p>If you have any questions or need further assistance, feel free to reach out.</p>

<p>Thank you for shopping with us!</p>

<p>Best regards,<br>
Your Company Name</p>
`;
