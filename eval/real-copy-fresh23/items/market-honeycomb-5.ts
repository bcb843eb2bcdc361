export default `
<div>
    <p>
        you invested {@AMOUNT} in {@CAMPAIGN_NAME}. sadly, the bank transfer has failed and your amount will be refunded back to your account
    </p>
    From,
    <p>Honeycomb Support</p>
</div>`;
