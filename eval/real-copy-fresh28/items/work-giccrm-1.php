<!DOCTYPE html>
<html lang="en">
  <head>
    <meta charset="UTF-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1.0" />
    <title>Document</title>
  </head>

  <body>
    Subject: Friendly Reminder: Vehicle Insurance Renewal Due Soon
    <br />
    <span style="color: red">".$value['status']." </span> Dear [Recipient's
    Name], <br /><br />
    I hope this email finds you well. We wanted to remind you about your
    upcoming vehicle insurance renewal. Your policy is set to expire on [Renewal
    Due Date], and we encourage you to take action to ensure continuous
    coverage. <br />

    <b>Policy Information:</b> <br />
    <ul>
      <li>Policyholder Name: [Your Name]</li>
      <li>Policy Number: [Your Policy Number]</li>
      <li>Vehicle Details: [Your Vehicle Details]</li>
    </ul>
    <br />
    <br />
    Thank you for choosing [Insurance Company Name] as your insurance provider.
    We appreciate your business and look forward to continuing to serve you.<br />
    <br />
    Best regards,<br />
    <br />
    [Your Name]<br />
    [Your Title]<br />
    [Insurance Company Name]<br />
    [Contact Information]<br />
  </body>
</html>
