<!-- Email Template: Booking Status Update -->

<h1>Your Booking Status Has Changed!</h1>

<p>Dear [CLIENT_NAME],</p>

<p>We wanted to let you know that the status of your booking at [SALON_NAME] has been updated to <strong>[STATUS]</strong>. Here are the details:</p>

<ul>
    [SERVICES_LIST]
</ul>

<p>Location: [SALON_ADDRESS]</p>

<p>If you have any questions about this update, feel free to reach out to us at [CONTACT_EMAIL] or call us at [CONTACT_PHONE].</p>

<p>Thank you for choosing [SALON_NAME]!</p>

<p>Best regards,</p>

<p>The [SALON_NAME] Team</p>
