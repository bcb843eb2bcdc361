export default ({ name }: any) => `
    Hi ${name},
    <br />
    <br />
    We'd like to inform you that you have initiated a permanent and irreversible deletion of your account. 
    This means that all of your data will be deleted from our system. 
    If you do not log in to your account within 7 days, your account will be deleted permanently.   
    <br />
    <br />
    If you did not initiate this action, we kindly recommend you <a href="https://www.waverd.com/accounts/signin">sign in</a> immediately.
    <br />
    <br />
    Feel free to contact our support team <a href="https://www.waverd.com/info/contact-us">here</a> for further assistance.
    <br />
    <br />
    Thank you for your attention to this matter.
    <br />
    <br />
    Kind regards
`;
