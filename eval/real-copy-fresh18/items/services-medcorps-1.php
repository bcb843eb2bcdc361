<?php $title_tag = 'MedCorps Asthma & Pulmonary | Cancellation Policy'; ?>
<?php $pageMeta = 'Medcorps Cancellation Policy'; ?>
<?php $pageKeywords ='' ;?>

<?php include '_header.php'; ?>

<div class="mainCon">
    <div class="sideLeft">
        <div class="pageTitle">
            <h1>Patient Appointment Cancellations and No Show Policy</h1>
        </div><br>

        <h1>Cancellation Policy & No Shows</h1><br>

        <p>Due to an overwhelming number of late cancellations and no show appointment events, Medcorps Asthma and Pulmonary Specialists is amending our policy to enable us to accommodate more patients on our wait list.</p><br>

        <ol>
            <li>Medcorps Asthma and Pulmonary Specialists requires at least 48 hour notice to cancel your appointment.</li>
            <li>10 minutes late for your appointment is considered a no show.</li>
        </ol><br>

        <ul id="listItem">
            <li>We may be able to accommodate late patients if time is available. This is determined on a case by case basis.</li>
            <li>$50 late fee will be assessed;</li>
            <ul>
                <li>Fee will be waived if patient is in hospital or ER, documentation is to be sent to our office.</li>
                <li>Fee will not be waived for transportation issues, not getting day off from work, oversleeping, forgetting appointment, having another doctor appointment etc.</li>
            </ul>
            <li>Payment of late fee will be collected at the next appointment.</li>
            <ul>
                <li>Failure to pay late fees will result in dismissal from practice</li>
            </ul>
            <li>Rescheduling a late cancel appointment does not negate the late cancel fee.</li>
            <li>Our office not being able to confirm your appointment does not negate the late cancel fee</li>
        </ul><br>

        <p>Late cancelations and/ or no show for new patient appointments will not be rescheduled with any of our offices.</p>

        <p>After 2 incidents of late cancelations and/ or no shows for follow up appointments, you will not be rescheduled with any of our offices.</p><br>

        <?php include '_policies.php'; ?>
    </div>
    <?php include '_sidebar.php'; ?>
</div>
<?php include '_footer.php'; ?>
