Thank you for creating an admission application in {__SCHOOL_NAME__} Admissions System.<br />
<br />
The application you created is for __STUDENT_NAME__.<br />
<br />
We look forward to receiving your completed application. If you have Middle School or
High School admissions questions, please email {__COORDINATOR_NAME__} at {__COORDINATOR_EMAIL__}.
<p />
You will be able to visit the online admission system to check the status of any teacher
recommendations. Here is a link to the application website for future reference:<br />
<a href="__LINK__">{__SCHOOL_NAME__} Admissions</a> <br />
<p />
Thank you, and we look forward to getting to know your family through this process!<p/>
<?php require_once("coordinator_signature_template.php") ?>