<? $title_tag = 'MedCorps Asthma & Pulmonary | Referral Policy'; ?>
<? $pageMeta = 'Medcorps Refill Policy'; ?>
<? $pageKeywords ='' ;?>

<?php include '_header.php'; ?>

<div class="mainCon">
    <div class="sideLeft">
        <div class="pageTitle">
            <h1>Referral Policy</h1>
        </div><br>
        <p>Some insurance plans require that a specialist has a referral/authorization on file before you can be seen. Insurance plans that require this require a referral for every visit to a specialist. The primary care physician listed on your insurance card must be the one to initiate the referral. It is the patient's responsibility to know the requirements of their insurance (for example, if the patient is required to have a referral on file for each visit to a specialist) and to have a valid referral on file at the time of their visit.  Most referrals are valid for 6 months.  Referrals can be for one visit only and some are for multiple visits.</p>
        <p>You will not be seen if your referral has expired.</p>
        <p>If your insurance requires a referral from your primary care physician (PCP) to be on file before a visit to a specialist, please call your PCP and let them know of your appointment and request a referral. We require the referral on file with our office before your appointment is scheduled.  For many insurances, we are able to print your referral from the insurance portal but you must still initiate the referral by requesting it from your PCP. </p>
        <p>Wellcare and United Health Care Community require a written paper prescription from your PCP.  We require this paper script be faxed to our office before you are scheduled.  Please fax referrals to 856-352-6710.</p>
        <p>Below is a list of some insurances that require referrals from a PCP before a specialist can see the patient. (Note: This list may not be exhaustive, and it is best to check with your insurance and your PCP to see if a referral is required.)</p><br />

        <ul>
          <p style="border-bottom: 1px solid black";>Insurances that require Referrals from the Primary Care Physician;</p><br />
          <li>Aetna HMO</li>
          <li>Aetna POS</li>
          <li>Amerihealth HMO</li>
          <li>Horizon BCBS HMO and POS</li>
          <li>Horizon NJ Health temporarily not required</li>
          <li>Humana Medicare HMO</li>
          <li>Tricare East</li>
          <li>Tricare HMO</li>
        </ul>

        <?php include '_policies.php'; ?>
    </div>
    <?php include '_sidebar.php'; ?>
</div>
<?php include '_footer.php'; ?>
