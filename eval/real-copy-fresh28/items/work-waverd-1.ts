export default ({ name }: any) => `
    Hi ${name},
    <br />
    <br />
    We'd like to inform you that your Wave Research account has been temporarily locked due to multiple unsuccessful login attempts. For security purposes, we have implemented a lock-out system to protect your account from unauthorized access.
    <br />
    <br />
    Your account will be unlocked in 1 hour. If you believe this lock-out was in error, please contact our support team <a href="https://www.waverd.com/info/contact-us">here</a>.
    <br />
    <br />
    We apologize for any inconvenience this may have caused and thank you for your understanding.
    <br />
    <br />
    Kind regards
`;
