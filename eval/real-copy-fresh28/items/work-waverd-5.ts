export default ({ name }: any) => `
    Hi ${name},
    <br />
    <br />  
    This email is to confirm that the password for your account has been successfully reset. 
    If you initiated this password reset, there is no further action required on your part. Your account is now secured with a new password. 
    If you did not request a password reset, kindly <a href="https://www.waverd.com/accounts/password-reset">reset your password</a> immediately. 
    <br />
    <br />
    Thank you for using our service. If you have any questions or need assistance, please don't hesitate to reach out to us <a href="https://www.waverd.com/info/contact-us">here</a>.
    <br />
    <br />
    Kind Regards,
    `;
