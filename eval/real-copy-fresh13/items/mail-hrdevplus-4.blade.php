<!DOCTYPE html>
<html>

<head>
   <title>Invitation to the Recruitment Process</title>
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
         Thank you for your interest in job opportunities at ST Software.
         We would like to invite you to join our recruitment process for {{$position}} at our office in Da Nang City, Vietnam.
         As part of the Process, you are invited to do our First Interview – Testing

      </p>
      <p>
         <b>DATE & TIME:</b> Please click the link below and select 1 available time
         (https://calendly.com/phutq-htactive/interview)
      </p>
      <p>
         <b>Location:</b> ST Riverside, 5th Floor, 368 Tran Hung Dao, Son Tra Dist, Danang.
      </p>
      <p>
         If you have any concerns, please feel free to contact me at the address below.
         Looking forward to hearing from you soon.
      </p>
      <b>Thanks and best regards,</b>
      <hr />
      <p>
         <em>
            ** Please note: Do not reply to this email. This email is sent from an unattended mailbox. Replies will not be read.
         </em>
      </p>
   </div>
</body>

</html>