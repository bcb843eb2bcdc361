<!DOCTYPE html>
<html>

<head>
   <title>Thank You Letter</title>
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
            Dear Mr/Ms. {{ $candidate_name }}
         </strong>
      </p>

      <p>
         Thank you very much for your attendance at our interview for the post of campaign
      </p>
      <p>
         We appreciate your interest in our company and the time you’ve invested in applying for our opening.
      </p>
      <p>
         After careful consideration, we regret to inform you that you are not the right fit for this position at present.
      </p>
      <p>
         Honestly, our team was impressed by your skills and accomplishments. We think you could be a good fit for other future openings and will reach out again if we find a good match.
      </p>
      <p>
         We sincerely wish you success in your career path and your life.
      </p>
      <p>
         Again, thank you for your time.
      </p>

      <b>Best regards,</b>
      <hr />
      <p>
         <em>
            ** Please note: Do not reply to this email. This email is sent from an unattended mailbox. Replies will not be read.
         </em>
      </p>
   </div>
</body>

</html>