This email confirms that a refund has been processed for a previous payment you made.

---

ORIGINAL PAYMENT
Reference: {{payment.ref}}
Invoice:   {{invoice.ref}}
Amount:    {{{payment.amount}}}

---

REFUND DETAILS
Reference: {{refund.ref}}
Reason:    {{refund.reason}}
Amount:    {{{refund.amount}}}

---

If you have any questions regarding this refund, please don't hesitate to contact us.

