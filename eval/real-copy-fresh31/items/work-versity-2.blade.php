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
    <p> Welcome to Intake {{$data['intake']}}!</p>
    <p>
        On behalf of everyone at Versity, I am pleased to congratulate you on our acceptance of your application. We were very impressed by your academic history and achievements and feel that you would make an excellent addition to the Versity alumni.
    </p>
    <p>
        As you know, Versity is the oldest college in the area and we are known for accepting only the best students. After careful review of your application, we are delighted to say that we believe you meet our criteria for acceptance.
    </p>
    <p>
        Please find all the necessary enrollment forms enclosed with this letter. We appreciate your filling them out and returning them to us within the next 30 days in order to ensure your enrollment at Versity and facilitate the acceptance process for our program.
    </p>
    <p>
        If you have any questions or problems, please feel free to contact us at +2546787678 or versity@test.com. We look forward to hearing from you.
    </p>
    <p>
        Sincerely,
    </p>
    <p>
        Versity School of Art & Design.
    </p>
</body>

</html>