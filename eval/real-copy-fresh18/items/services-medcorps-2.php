<? $title_tag = 'MedCorps Asthma & Pulmonary | Dismissal from Medcorps Asthma and Pulmonary'; ?>
<? $pageMeta = 'Dismissal from Medcorps Asthma and Pulmonary'; ?>
<? $pageKeywords ='' ;?>

<?php include '_header.php'; ?>

<div class="mainCon">
    <div class="sideLeft">
        <div class="pageTitle">
            <h1>Dismissal from Medcorps Asthma and Pulmonary</h1>
        </div><br>
        <p>If you are dismissed from Medcorps Asthma and Pulmonary, you will receive a certified letter giving you 30 days’ notice. You will only be seen on an emergency basis. Your records will be forwarded to the doctor of your choice. Grounds for dismissal include but are not limited to yelling, cursing, threatening, staff or providers, failure to pay for services, failure to return equipment. </p>
        <?php include '_policies.php'; ?>
    </div>
    <?php include '_sidebar.php'; ?>
</div>
<?php include '_footer.php'; ?>
