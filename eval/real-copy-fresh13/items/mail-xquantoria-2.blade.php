@component('mail::message')
# Goodbye

You have been successfully unsubscribed from our newsletter. We are sorry to see you go.

Thanks,<br>
{{ config('app.name') }}
@endcomponent
