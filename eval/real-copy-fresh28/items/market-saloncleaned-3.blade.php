<!-- Email Template: Next Visit Reminder -->

<h1>Your Upcoming Visit Reminder!</h1>

<p>Dear [CLIENT_NAME],</p>

<p>This is a friendly reminder from [SALON_NAME] that your next visit is approaching. Here are the details:</p>

<ul>
    <li>
        <strong>Next Visit Date:</strong> [NEXT_VISIT_DATE]
    </li>
    <li>
        <strong>Services Booked:</strong>
        <ul>
            [SERVICES_LIST]
        </ul>
    </li>
</ul>

<p>Location: [SALON_ADDRESS]</p>

<p>If you have any questions or need to make adjustments to your appointment, please reach out to us at [CONTACT_EMAIL] or call us at [CONTACT_PHONE].</p>

<p>We look forward to welcoming you back!</p>

<p>Best regards,</p>

<p>The [SALON_NAME] Team</p>
