<!-- Email Template: Salon Booking Confirmation -->

<h1>Your Salon Booking is Confirmed!</h1>

<p>Dear [CLIENT_NAME],</p>

<p>Thank you for booking with [SALON_NAME]! Here are the details of your appointment:</p>

<ul>
    [SERVICES_LIST]
</ul>

<p>Location: [SALON_ADDRESS]</p>

<p>If you have any questions or need to make adjustments, please reach out to us at [CONTACT_EMAIL] or call us at [CONTACT_PHONE].</p>

<p>We look forward to providing you with excellent service!</p>

<p>Best regards,</p>

<p>The [SALON_NAME] Team</p>
