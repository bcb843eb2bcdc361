export const paymentFailedEmail = (name) => `
<h2>Payment Failed </h2>

<p>Hi ${name},</p>

<p>Your recent payment did not go through.</p>

<p>
Please retry to continue enjoying premium features.
</p>

<p>
<a href="https://curson.app/billing">Retry Payment</a>
</p>

<p>— Curson Support</p>
`;
