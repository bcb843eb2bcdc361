<div>
    <h1>Payment Failed</h1>
    <p>Unfortunately, your payment for invoice {{ $invoice->number }} has failed.</p>
    <p>Please update your payment information to avoid service interruption.</p>
</div>
