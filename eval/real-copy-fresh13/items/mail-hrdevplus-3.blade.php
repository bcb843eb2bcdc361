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
         We would like to congratulate you on being selected for the {{ $position }} position with ST Software, effective ..., 2022. All of us at ST SOFTWARE are excited that you will be joining our team!
      </p>
      <p>
         Please find the following confirmation of the specifics of your position:
      </p>

      <ul>
         <li>
            Start Date: {{ $start_date}}
         </li>
         <li>
            End Date: {{ $end_date}}
         </li>
         <li>
            Working Time: 8h30-12h00 and 13h30-17h30 (Monday to Friday)
         </li>
         <li>
            Number of Work Hours Per Week: 40 hours per week
         </li>
      </ul>

      <p>
         Benefits: On a daily basis, we would love to provide training for you about:
      <ul>
         <li>
            Frontend (HTML, CSS, JavaScript, ReactJS) Or Backend (PHP, Laravel, Data structure). More opportunities would be available to you for becoming a Full Stack Developer.
         </li>
         <li>
            Working with Scrum/Agile, teamwork
         </li>
         <li>
            Stay up-to-date on emerging technologies
         </li>
         <li>
            Posses a logical mindset
         </li>
         <li>
            Be able to write clean code
         </li>
         <li>
            Deep knowledge about database (both relational & NoSQL) & data structure
         </li>
         <li>
            Attend weekly working group staff meetings.
         </li>
         <li>
            Free coffee at the coffee lounge and attend team building.
         </li>
      </ul>
      </p>

      <p>
         Office Location: You will be working at ST Riverside, 5th Floor, 368 Tran Hung Dao, Son Tra Dist., Danang.
      </p>

      <p>
         Again, congratulations and we look forward to working with you in the near future. If you have any questions regarding the specifics of your ..., feel free to ask us.
      </p>

      <p>
         Note:
      <ul>
         <li>
            To participate in working, you will need to bring your own laptop computer.
         </li>
         <li>
            Please confirm this email today
         </li>
      </ul>
      </p>
      <p>
         Please let us know if you have any questions or concerns.
      </p>

      <b>Sincerely, </b>
      <hr />
      <p>
         <em>
            ** Please note: Do not reply to this email. This email is sent from an unattended mailbox. Replies will not be read.
         </em>
      </p>
   </div>
</body>

</html>