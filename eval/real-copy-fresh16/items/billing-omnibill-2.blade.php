<div>
    <h1>Invoice Paid</h1>
    <p>Your invoice {{ $invoice->number }} has been paid successfully.</p>
    <p>Thank you for your business!</p>
</div>
