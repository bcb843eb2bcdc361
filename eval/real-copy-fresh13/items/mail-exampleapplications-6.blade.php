Thank you for joining the Firm Exchange community. We are excited to have you. We encourage you to begin by updating your user Profile where you can add professional details and, importantly, enable two-factor authentication, which will help protect your account.

Click the button below to log in and get started.

@component('mail::button', [
    'url' => $profile_edit_url,
])
View Your Profile
@endcomponent

If there’s anything we can do to help, please don’t hesitate to reach out.
