export const candidateEmailFiredFromJobPosition =`<div class="content">
        <p>Dear [CANDIDATE_NAME],</p>

        <p>We regret to inform you that your employment with [COMPANY_NAME] will be terminated. This decision was not made lightly, and we deeply value the contributions you have made during your time with the company.</p>

        <p>The decision to terminate your employment was based on [reason, e.g., "restructuring of the organization", "performance-related issues", etc.]. Please note that this decision is final and has been thoroughly considered.</p>

        <p>We will provide you with your final paycheck, which includes any outstanding salary, accrued vacation, and other entitlements. Additionally, you will receive details about your benefits and any other relevant information regarding the conclusion of your employment.</p>

        <p>If you have any questions or need assistance during this transition, please do not hesitate to contact us.</p>

        <p>We appreciate your efforts and wish you all the best in your future endeavors.</p>

        <p>Best regards,</p>
        <p><strong>[YOUR_NAME]</strong><br>
            [COMPANY_NAME]</p>
    </div>
    <div class="footer">
        <p>&copy; [COMPANY_NAME]. All rights reserved.</p>
    </div>
</div>`;