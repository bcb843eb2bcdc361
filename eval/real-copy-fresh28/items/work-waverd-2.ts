export default ({ name }: any) => `
    Hi ${name},
    <br />
    <br />
    We'd like to inform you that there was a failed login attempt to your Wave Research account. Our security systems have detected this activity after some failed attempts and We'd like to ensure your account is secure.    
    <br />
    <br />
    If you did not initiate this login attempt, we recommend you reset your password immediately. To reset your password, please follow the instructions in our password reset link <a href="https://www.waverd.com/accounts/password-reset">here</a>.
    <br />
    <br />
    If you did initiate the login attempt and are still having trouble accessing your account, please contact our support team <a href="https://www.waverd.com/info/contact-us">here</a> for further assistance.
    <br />
    <br />
    Thank you for your attention to this matter.
    <br />
    <br />
    Best regards
`;
