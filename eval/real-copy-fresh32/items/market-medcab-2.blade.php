@extends('layouts.adminlayout')
@section('title',"Driver Cancellation & Refund Policy | MedCab")
@section('description',"MedCab Cancellation & Refund Policy- Cancellation fee exists to compensate riders or customers for their time.")
@section('keywords',"MedCab Driver Ambulance Cancellation, MedCab Driver Ambulance Refund Policy, MedCab Driver Cancellation & Refund Policy , Cancellation Charges
")
@section('main')

<style>
   .text-section >ul>li{
        list-style: disc!important;
    }
</style>

<!--Driver Cancellation and refund policy section  start-->
    <section class="header-top-margin py-5">
        <div class="container">
            <h1 class="title-text text-center mb-2">
           Driver Cancellations & Refund Policy
            </h1>
            <br/>
            <div class="text-section">
                <p class="p-text">
                As an independent contractor, you are able to choose whether to make yourself available to take a trip request sent to you by Med Cab, or to cancel an allocated booking.
                However we strongly recommend you go offline when you are not available to undertake trips. Med Cab reserves the right to enforce a breach of your contractual agreements or restrict access to the platform if you are found to be in breach of the cancellation policy.
               <br/>
               <br/>
               <b>Without limitation, Med Cab considers the following cancellation behaviour to be in breach of the Services Agreement:</b>
               <br/>
               - Refusing to complete a trip for a rider based on their intended destination
                <br/>
               - Refusing to complete a trip for your rider based on the fare multiple applied by MedCab's Dynamic    Pricing
                <br/>
               - Refusing to complete a trip for your rider for any reason that would be in breach of relevant discrimination laws and the conditions set out in your Private Hire Driver licence.
                <br/>
                <br/>
                <b>Examples of evidence of committing or intending to commit such behaviour include:
                </b>
                <br/>             
                - contacting a rider by phone and asking for the rider's destination before having arrived at the pick-up location.
                <br/>
                - once aware of the destination, canceling the ride, explicitly asking the rider to cancel the ride or behaving in an obstructive way to the natural flow of a trip in order to encourage the rider to cancel the trip.
                <br/>
                - systematic and/or persistent cancellation of trips.
                <br/>
                - refusing to complete a trip due to a discriminatory reasons, such as your rider's disability, gender, race or sexuality (for example)
                <br/>
                <br/>
                <b class="p-heading">Cancellation Fees:</b>
                For the purposes of this Privacy Policy:<br/>
                <ul>
                    <li><b>BLS:</b> 10% of Booking Amount</li>
                    <li><b>OTHERS:</b> 10% of Booking Amount</li>
                    <li><b>ALS:</b> 10% of Booking Amount</li>
                    
                </ul>
               <br/>
                <b class="p-heading">Refund Policy:</b>
                If you are eligible for a Refund then the same will be refunded to the same source from where the charge was deducted within 7 working days as per your bank’s Refund Policy.
                You may be charged a cancellation fee if you cancel a trip after you're matched with a Customer. This fee compensates customer for the time and effort they spend getting to you.
                <br/>
                <b class="text-danger">Registration fee is not refundable.</b>
             </p>
            </div>
        </div>
    </section>
<!--Driver Cancelation and refund policy section End -->

@endsection