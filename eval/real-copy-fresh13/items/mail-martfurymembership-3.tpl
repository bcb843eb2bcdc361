{{ header }}

<p>Hi {{ customer_name }}!</p>
<p>
We hope you've enjoyed your experience with {{ site_title }}. This is a friendly reminder that your membership is set to renew soon on {{ membership_expire_date }}.
</p>
<p>
As a member, you've enjoyed exclusive benefits such as special discounts, early access to sales, and personalized recommendations. We look forward to continuing to provide you with these perks.
</p>
<p>
If you have any questions about your renewal or need assistance, please feel free to contact our support team.
</p>

<p><a href="{{ site_url }}/memberships" class="action-button" style="border: solid 1px #fff;
    -webkit-border-radius: 7px;
    -moz-border-radius: 7px;
    border-radius: 7px;
    font-size: 14px;
    font-weight: bold;
    font-style: normal;
    font-stretch: normal;
    line-height: 1.43;
    letter-spacing: 0.5px;
    text-align: center;
    color: #fff !important;
    text-decoration: none !important;
    padding: 10px 30px;
    margin: 0 0 30px;
    display: inline-block;
    text-transform: uppercase;
    background-color: #1280f5;">Review Your Membership</a></p>

<p>Thank you for being a valued member of {{ site_title }}.</p>
<p>Best regards,</p>

{{ footer }}