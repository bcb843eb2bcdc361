export default `<div>
        <h2>Rent Invoice</h2>
        <p>Dear {tenantName},</p>
        <p>Your rent invoice for the month of {month} has been generated with an amount of {amount}.</p>
        <p>Please make the payment by the due date to avoid any additional charges.</p>
        <p>If you have already made the payment, we appreciate it, and you can disregard this message.</p>
        <br>
        <p>Best Regards,</p>
        <p>Your Real Estate Agency</p>
    </div>`;
