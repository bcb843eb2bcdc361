export const candidateRejectionEmailJobPosition =`<div class="content">
            <p>Dear [CANDIDATE_NAME],</p>

            <p>We truly appreciate your interest in working at [COMPANY_NAME] and the time you invested in the application and interview process. 
            While we were impressed by your qualifications and experience, we regret to inform you that we have chosen to move forward with another
            candidate for this particular role.</p>

            <p>However, we are very impressed with your expertise and would like to keep your application on file for future
            opportunities that align with your skills and experience. Should a relevant position become available,
            we will not hesitate to reach out to you.</p>

            <p>If you have any questions or would like to explore other opportunities within [COMPANY_NAME], please feel
            free to contact us.</p>

            <p>Thank you again for considering a career with us. We wish you all the best in your future endeavors.</p>

            <p>Best regards,</p>
            <p><strong>[YOUR_NAME]</strong><br>
            [COMPANY_NAME]</p>
        </div>
        <div class="footer">
            <p>&copy; [COMPANY_NAME]. All rights reserved.</p>
        </div>`
