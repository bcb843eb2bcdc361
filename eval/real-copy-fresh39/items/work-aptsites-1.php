Thanks for using the <?php echo $propertyName; ?> - Resident Center - Maintenance Request 


Your Maintenance Request has been submitted and your Maintenance Request Number is: <?php echo $maintenanceRequestNumber; ?>.


Unit Number: <?php echo $unit; ?>

Contact Phone: <?php echo $phone; ?>

Permission To Enter Given By: <?php echo $mname; ?>

Permission To Enter Date: <?php echo $mdate; ?>

Work Order Category: <?php echo $mtype; ?>

Describe the Problem: <?php echo $mrequest; ?>


If you have any additional questions or concerns, please contact your leasing office and reference your Maintenance Request Number.


Thanks,

<?php echo $propertyName; ?> Apartments