Dear Seller,

As per your confirmation on the Razorpay dashboard, we have disabled all Non-3D Secure transactions for international payments on your Merchant ID. With this development, only 3D Secure International card transactions will be processed on your checkout. This significantly reduces fraud related risks and your exposure to chargeback liabilities. However, ~70% of all international  transactions take place on Non 3D Secure enabled cards and you are thus likely to see an impact on your conversions with Non-3D Secure disabled.

How do I enable Non 3D Secure again?
To Enable Non 3D Secure transactions again, simply  Go to your Razorpay dashboard (payment method section) and enable Non 3D Secure transactions. Razorpay will process this request and will send an intimation once Non 3D Secure is enabled for you.


If you have any queries, please reach out to us <a href="https://dashboard.razorpay.com/#/app/dashboard#request">here</a>

Regards,
Team Razorpay
