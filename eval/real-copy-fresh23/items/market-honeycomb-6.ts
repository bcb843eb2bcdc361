import footerHtml from './UsersWithNoInvestmentsDripCampaign/Footer';

export default `
<div>
    <p>Hi {@USERNAME},</p>
    <P>
        We noticed an issue with our automated email process. Unfortunately, users who signed up with their Apple ID and selected not to share their email did not receive any user-related emails that should have triggered by using the Honeycomb app. To rectify this issue, we have resent any emails that should have gone out when you signed up.
    </p>
    <p>
        If you have any questions, feel free to email us at <a href="mailto:support@honeycombcredit.com">support@honeycombcredit.com</a>. 
    </p>
    <p>
        We apologize for the inconvenience and we hope you have a great week.
    </p>
    <p>
        Best,        
    </p>
    <p>
        <span style="margin-top:16px;">George Cook, CEO</span>
    
    </p>
</div>
`;
