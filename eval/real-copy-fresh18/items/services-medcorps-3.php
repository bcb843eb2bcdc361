<? $title_tag = 'MedCorps Asthma & Pulmonary | Refill Policy'; ?>
<? $pageMeta = 'Medcorps Refill Policy'; ?>
<? $pageKeywords ='' ;?>

<?php include '_header.php'; ?>

<div class="mainCon">
    <div class="sideLeft">
        <div class="pageTitle">
            <h1>Refill Policy</h1>
        </div><br>
        <p>A one-time, one-month courtesy supply of medications may be given to patients who miss an appointment or need a follow up appointment. Please have your pharmacy fax refill requests to 856-352-6710.</p>
        <?php include '_policies.php'; ?>
    </div>
    <?php include '_sidebar.php'; ?>
</div>
<?php include '_footer.php'; ?>
