@component('mail::message')

Your Request to be a part of our zonal representative program has being declined, this is because you did not meet one or all of the criteria required to becoming a zonal representative.


For more information on what this program entails you can chat our 24/7 support or alternatively contact your personal account relations officer.


Welcome to the Family.


{{ config('app.name') }}
@endcomponent
