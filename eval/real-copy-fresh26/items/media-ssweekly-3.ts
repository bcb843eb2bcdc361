export const claimReqDeniedHtml = `
<html>

<head></head>

<body>
    <p>Hi {{ contributor }}</p>

    <p>Thank you for submitting your pitch claim request to join the "{{ title }}" pitch. 
        Unfortunately, your request was declined.</p>

    <p>If you have any questions or need any additional support, please contact {{ contact}}. 
        In the meantime, feel free to check the pitch doc for potential new stories to claim!</p>

    <p>Thank you,</p>
    <p>{{ staff }} </p>
</body>

</html>
`;
