<? $title_tag = 'MedCorps Asthma & Pulmonary | Payment Policy'; ?>
<? $pageMeta = 'Medcorps Payment Policy'; ?>
<? $pageKeywords ='' ;?>

<?php include '_header.php'; ?>

<div class="mainCon">
    <div class="sideLeft">
        <div class="pageTitle">
            <h1>Payment</h1>
        </div><br>
        <p>Payment will be requested at the time of service for all services that are non- covered or determined to be the patient's responsibility, including co-payments and deductibles from care you received at a rehabilitation facility or hospital.Payment may be made by cash, check, Master Card, or Visa. We realize that deductibles are very high, and we will gladly set up payment plans. If you have a question regarding insurance, billing or our fees, please call the office.</p><br>

        <h1>Insurance Claims/Billing</h1>
        <p>Medcorps Asthma and Pulmonary Specialist participates with most major insurance carriers. As a courtesy to our patients, we will file insurance claims for those insurances with which we participate. Please remember, any amount not covered by insurance is ultimately the patient's responsibility.</p><br>

        <h1>Prior Authorizations</h1>
        <p>Our office will complete any prior authorization paperwork required by your insurance company. Authorizations can take up to 14 days after all information is submitted. Specialty medications can take longer. We do not recommend scheduling your test without the authorization. Starting the prior authorization yourself or having another doctors office start the prior authorization will significantly slow the process.</p>
        <?php include '_policies.php'; ?>
    </div>
    <?php include '_sidebar.php'; ?>
</div>
<?php include '_footer.php'; ?>
