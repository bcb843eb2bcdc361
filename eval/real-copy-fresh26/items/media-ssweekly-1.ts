export const userRejectedHtml = `
<html>

<head></head>

<body>
    <p>Hi {{ contributor }}</p>
    <p>We appreciate you applying to be a {{ role }} at South Side Weekly. 
        Unfortunately, your request to join the South Side Weekly contributor dashboard as a {{ role }} has been declined.</p>

    <p>Please contact {{ contact }} if you have any questions.</p>

    <p>Thank you,</p>
    <p>{{ reviewer }} </p>
</body>

</html>`;
