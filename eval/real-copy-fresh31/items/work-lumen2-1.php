Dear __PARENT_FIRST_NAMES__,
<p/>
We have really enjoyed getting to know your family during our application process.
We know that you have many educational options, and we truly appreciate your
interest in our school.
<p/>
After processing all of your paperwork and meeting with your family, we feel
like your family would be a great fit for __SCHOOL_NAME__. If you decide that Integrity
Academy is a good match for your family's needs, we'd love to hear from you!
<p/>
In order to reserve a space for __STUDENT_FIRST_NAME__ at __SCHOOL_NAME__, please complete the online enrollment materials
<a target="_blank" href="__APPLICATION_LINK__">here</a>.
Be sure to expand all the sections in order to access all the required fields.  Once you complete the enrollment materials and we've reviewed them we will
email with your tuition payment options.
<p/>
We are very excited about the school year ahead and the part that your family will play
in our community. We look forward to hearing from you soon.

<p/>
<?php require_once("director_signature_template.php") ?>
