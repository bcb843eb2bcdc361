<p>Dear {{$name}},</p>
    <p>This email is to inform you that the "{{$group}}" group on UniCollab has been deleted.</p>
    <h2>What happens next:</h2>
    <ul>
        <li>All discussions, files, and events associated with the "{{$group}}" group have also been deleted.</li>
        <li>Former members of the "Marketing Team" group will no longer be able to access the group or its content.</li>
    </ul>
    <h2>If you believe this deletion was made in error:</h2>
    <ul>
        <li>You can reply to this email to inquire further.</li>
        <li>You can contact our support team at <a href="mailto:support@unicollab.com">support@unicollab.com</a> to discuss options for recreating the group, if necessary.</li>
    </ul>
    <p>Thank you for your understanding.</p>
    <p>Sincerely,</p>
    <p>The UniCollab Team</p>