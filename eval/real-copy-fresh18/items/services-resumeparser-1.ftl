<!DOCTYPE html>
<html>
    <head>
        <title>User Application Rejection</title>
    </head>
    
    <body>
        Dear [Applicant's Name],

        Thank you for your interest in the [Job Position] at [Company Name]. We sincerely appreciate the time and effort you invested in the application process.

        After careful consideration, we regret to inform you that we have decided not to move forward with your application at this time. Our decision was difficult, as we received many qualified applicants, but we ultimately selected candidates whose skills and experiences more closely align with the requirements of the position.

        Warm regards,

        [Your Name]
        [Your Position]
        [Company Name]
        [Contact Information]
    </body>
</html>