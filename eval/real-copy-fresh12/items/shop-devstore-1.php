<div class="container">
    <div class="message">
        <h1>Failed Payment Notification</h1>
        <p>We regret to inform you that the recent payment for your order failed to process successfully.</p>
        <p>Please ensure that your payment information is up to date and that there are sufficient funds available in your account to cover the payment.</p>
        <p>If you believe this is an error or if you need assistance, please don't hesitate to contact our support team at support@geekstore.com.</p>
    </div>
</div>
