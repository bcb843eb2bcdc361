<!DOCTYPE html>
<html lang="en">

    <head>
        <meta charset="UTF-8">
        <meta name="viewport" content="width=device-width, initial-scale=1.0">
        <title>Welcome to California Training</title>
    </head>

    <body>
        <h1>Congratulation</h1>

        <p>Dear {{$student_name}},</p>

        <p>You successfuly enrolled for the course <strong>{{$course_name}} (Tailored). We are excited to have you
                on board!
        </p>


        <p>Find the course in <strong>"My Learning"</strong> section. Please feel free to explore our platform and take
            advantage of our
            training resources.</p>

        <p>If you have any questions or need assistance, don't hesitate to reach out to our support team at
            support@edu-cti.com.</p>


        <p>Best regards,</p>
        <p>The California Training Team</p>
    </body>

</html>