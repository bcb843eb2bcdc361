<x-mail::layout>
    <h3>Dear {{ $Data->name }},</h3>
    <h4>Greetings from SpyBird!</h4>
    <h4>We are writing to confirm that your request to disable Two-Factor Authentication (2FA) for your SpyBird account has been successfully processed. Your account no longer requires 2FA for login.</h4>
    <h4>If you have any questions or need assistance with your account security or any other matters, please do not hesitate to contact our Support Team.</h4>
    <h4>Thank you for choosing SpyBird, and if you ever decide to re-enable 2FA, we are here to assist you.</h4>
    <h4>Best regards,</h4>
    <h4>The SpyBird Team</h4>
</x-mail::layout>