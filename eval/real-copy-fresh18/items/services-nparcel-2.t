${non_prod}
${err}
<p>Hello,</p>
<p>This is a reminder that your parcel is awaiting collection at <b>${name}</b>, <b>${address}</b>, <b>${suburb}</b>, <b>${postcode}</b>.</p>
<table style="width:45%;background-color:#f4f4f4">
    <tr style="border:1px solid white">
        <th style="white-space:nowrap;text-align:right;width:30%">Tracking #:</th>
        <td>$connote_nbr</td>
    </tr>
    <tr style="border:1px solid white">
        <th style="white-space:nowrap;text-align:right;width:30%">Parcel #:</th>
        <td>$item_nbr</td>
    </tr>
</table>
<p>Please bring your photo-ID to collect your parcel.</p>
<p>If your parcel is not collected by $date, it will be returned to sender.</p>
<p class="fine-print">*** Please note that this is an automatically generated email - replies will not be answered</p>
