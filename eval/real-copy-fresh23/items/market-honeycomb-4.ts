export default `
    <div>
        <p> Hi {@USERNAME}, </p>
        <p>
            Unfortunately, you have not been been approved as an Accredited Investor by Investready. If you feel this decision was made in error, please email <a href="mailto:support@honeycombcredit.com">support@honeycombcredit.com</a> and we can assist you.
        </p>
    </div>
`;
