<?php
if (is_object($service_date_from)) {
    $date = $service_date_from->format('m/d/Y');
} else {
    $date = 'N/A';
}
?>
Your client Account Number: <?php echo $guarantor_id; ?> has been discharged from care on <?php echo $date; ?>. If you would like more details regarding this client,  please click here - <?php echo base_url() . MSHC_CASES_CONTROLLER_NAME . '/' . MSHC_CASES_CLIENT_SEARCH_NAME . '/0/summary/' . $guarantor_id . '/' . $database_name . '/' . $practice_id . '/' . $patient_no . '/' . $case_no; ?> - to view the Case Summary on our Attorney Portal.

Please be aware that the complete account summary will not be immediately available on the Portal due to the billing transactions not being finalized for the discharge date. The billing review process normally takes 7 to 10 business days to complete. Please revisit the Attorney Portal at that time.

Need an immediate settlement?

To start the settlement process for this case, or if you would like more details regarding the discharge, please contact our Settlement Department by:

- Replying to this message
- Calling 410-933-5678 Option 2
- Or utilize the Attorney Portal Contact Us – Settlement Request Option

Please note, in order to comply with HIPAA regulations, we are unable to list your client’s name or other Protected Health Information (PHI) within the Subject or Body of an unsecured email message. For this reason we include only your client’s Account Number which allows you to determine the client with a simple search via MSHC’s Attorney Portal.

You are receiving this email from the MSHC Attorney Portal. If you feel you are receiving this notice in error please contact the Portal Support Hotline at 443-579-1101 or forward this message to it@amm.bz.

Thank you,

Multi-Specialty HealthCare

This e-mail, including attachments, may include confidential and/or proprietary information, and may be used only by the person or entity to which it is addressed. This e-mail may also contain information which is confidential or which is protected from disclosure by federal HIPAA regulations. Any unauthorized use, disclosure or distribution of this e-mail and its attachments is prohibited. If you are not the intended recipient or believe you have received this e-mail in error, contact us immediately by reply e-mail and destroy all electronic or other copies of this message.