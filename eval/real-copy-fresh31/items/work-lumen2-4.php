A student has begun the process of applying to <a href="{__SCHOOL_URL__}" target="_blank">{__SCHOOL_NAME__}</a>.
As part of the application process, we require evaluations from current teachers.
<p></p>
You've been invited to evaluate __STUDENT_NAME__ as part of the admissions process.
The student's file will not be complete without your confidential evaluation. Thank you for your feedback!
<p></p>
Please click this link to complete the evaluation:
<a href='__LINK__'>Student Evaluation</a>

Please let us know if you have any questions, and thank you for your time!
<p/>
<?php require_once("coordinator_signature_template.php") ?>
