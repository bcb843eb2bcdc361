${non_prod}
${err}
<p>Hello,</p>
<p>Thank you, your Returns has been receipted at <b>${name}</b>, <b>${address}</b>, <b>${suburb}</b>, <b>${postcode}</b> on ${created_ts}.</p>
<p>Returns receipted #: ${reference_nbr}</p>
<p class="fine-print">*** Please note that this is an automatically generated email - replies will not be answered</p>
