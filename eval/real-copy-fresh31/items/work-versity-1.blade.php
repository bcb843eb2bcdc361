<!DOCTYPE html>
<html lang="en">

<head>
    <meta charset="UTF-8">
    <meta http-equiv="X-UA-Compatible" content="IE=edge">
    <meta name="viewport" content="width=device-width, initial-scale=1.0">
    <title>Versity School of Art & Design</title>
</head>

<body>
    <p>Office of Admissions</p>
    <p>Versity School of Art & Design</p>
    <p>Dear Mr./Mrs./Ms. {{$data['first_name']}} {{$data['last_name']}},</p>
    <p>
        Thank you for your application for admission to Versity School of Art & Design. After reviewing your application and supporting documentation, we regret that we must decline your application at this time. The applicant pool for this academic year has exceeded our available openings for admission. The decision has been difficult, and although you show outstanding potential as a student, the competition is intense.
    </p>
    <p>
        We appreciate your consideration of Versity School of Art & Design, along with the time and effort you put into your application. We wish you the best of success in your academic endeavors. We encourage you to continue pursuit of your academic goals.
    </p>
    <p>
        Sincerely,
    </p>
    <p>
        Versity School of Art & Design.
    </p>
</body>

</html>