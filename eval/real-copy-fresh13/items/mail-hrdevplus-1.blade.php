<!DOCTYPE html>
<html>

<head>
   <title>CV Receive Confirmation</title>
</head>

<body>
   <style>
      div.main {
         display: flex;
         flex-direction: column;
         gap: 5px;
      }
   </style>
   <div class="main">
      <p>
         <strong>
            Dear Mr/Ms. {{ $candidate_name }},
         </strong>
      </p>
      <p>
         Thank you for the interest you’ve shown in a career opportunity with our firm.
      </p>
      <p>
         We were fortunate to have interviewed a number of applicants with strong backgrounds such as yours, making our selection process difficult. Be assured that your résumé has received our full attention. While your background is interesting, unfortunately we have no openings that are a match for your skills and experience.
      </p>
      <p>
         We would like to again thank you for your interest in our firm and wish you continued success in pursuit of your career objectives.
      </p>
      <b>Yours truly,</b>
      <hr />
      <p>
         <em>
            ** Please note: Do not reply to this email. This email is sent from an unattended mailbox. Replies will not be read.
         </em>
      </p>
   </div>
</body>

</html>