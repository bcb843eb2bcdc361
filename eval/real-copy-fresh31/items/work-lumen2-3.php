Dear __PARENT_FIRST_NAMES__,
<p/>
Re-enrollment time at __SCHOOL_NAME__ has arrived!  Its time to re-enroll __STUDENT_FIRST_NAME__.
<p/>
Please login to the new online application and re-enrollment system using the link and username and password below.
Once you login, you can change your password using the 'Your Account' link.
<p/>
You can login to the system using <a href='__APPLICATION_LINK__'>this link</a>.<br/>
Username: __PARENT_LOGIN_EMAIL__<br/>
Password: __PARENT_TEMPORARY_PASSWORD__<br/>
<p/>
<p/>
After submitting your enrollment materials, we will review them to make sure the system is behaving 100% as expected and follow up with you on completing the process.
<p/>
We are very excited about the school year ahead and the part that your family will play
in our community. We look forward to hearing from you soon.

<p/>
<?php require_once("coordinator_signature_template.php") ?>