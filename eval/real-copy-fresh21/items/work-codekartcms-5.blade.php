<!DOCTYPE html>
<html lang="en">
<head>
    <meta charset="UTF-8">
    <meta name="viewport" content="width=device-width, initial-scale=1.0">
    <meta http-equiv="X-UA-Compatible" content="ie=edge">
    <title>Employment Letter</title>
</head>
<body>
    <p>
        Dear Mr./Ms. {{$details['name']}},,
             I am pleased to extend the following offer of employment to you on behalf of Codekart pvt. ltd. You have been selected as the best candidate for the {{$details['position']}} position. Congratulations!
        We believe that your knowledge, skills and experience would be an ideal fit for our {{$details['position']}} team. We hope you will enjoy your role and make a significant contribution to the overall success of Codekart Pvt. Ltd.
        Please take the time to review our offer. It includes important details about your compensation, benefits and the terms and conditions of your anticipated employment with Codekart Pvt. Ltd.
        <b>Position</b> 
        Codekart Pvt. Ltd. is offering a full time/part time position for you as {{$details['position']}}.
        Working hours
        This is a  full time/part time position requiring approximately 4/8 hours per week. Your regular weekly schedule will be from 5 to 6 days.
        Expected hours of work are from 4 to 8 hours.
        
        Location
        You will be based at [insert your company’s office address] but may be required to work at such other locations determined by the needs of the business.
        Please indicate your agreement with these terms and accept this offer by signing this agreement and returning it to me before [insert appropriate date].
        We look forward to welcoming you to the [insert your company’s name] team.
        If you have any questions or need additional information, please don’t hesitate to contact me by email [insert your email address] or phone [insert your phone number].
        Sincerely,
        [insert your first name and last name]
        [insert your job position title]
        [insert your company’s name]
    </p>
</body>
</html>