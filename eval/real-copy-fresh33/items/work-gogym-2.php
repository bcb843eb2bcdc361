<?php
include 'header.php';
?>
    <!-- ============================ Page Title  Start================================== -->
    <div class="page-title image-title" style="background-image:url(assets/img/banner-2.jpg);">
        <div class="finding-overlay op-70"></div>
        <div class="container">
            <div class="page-title-wrap">
                <p><a href="#" class="theme-cl">Home</a> <span class="current-page active">Refund & Cancellation Policy</span></p>
            </div>
        </div>
    </div>
    <!-- ============================ Page Title End ================================== -->

    <!-- ============================ Say Hello Start ================================== -->
    <section>
        <div class="container">
            <div class="row">

                <div class="col-lg-12 col-md-8 col-sm-12">
                    <article class="blog-news detail-wrapper">
                        <div class="full-blog">

                            <div class="full blog-content">
                                <a href="#"><h3>GYM MEMBERSHIP CANCELLATION AND REFUND POLICY
                                        </h3></a>
                                <div class="blog-text">
                                    <p>Go Gyms Fitness Solutions has the right to cancel your gym membership in case of any
                                            suspicious order transactions. Auto cancellation may also be triggered by Go Gyms
                                            Fitness Solutions in case of any improper order placement like incomplete address
                                            and/or due to any technical difficulties. Processing fee will not
                                            be refunded during cancellation.
                                    </p>
                                    <ul>
                                        <li>
                                            Customers can cancel their membership within 48 hours from the time of
                                            purchase.
                                        </li>
                                        <li>
                                            Cancellation will be allowed only if the member has not visited the centre and
                                            completed the registration
                                        </li>
                                        <li>
                                            Member can also transfer their membership to their loved ones with 48 hours
                                            from the time of making payment online. Member has to send email request
                                            to info@gogyms.in
                                        </li>
                                        <li>
                                            Membership transfer subject to approval from the Management of Go Gyms
                                            Fitness Solutions.
                                        </li>
                                        <li>
                                            Once member register at the centre or started working out, no membership fee is
                                            refundable or transferable.
                                        </li>
                                    </ul>
                                </div>
                            </div>
                            <div class="full blog-content">
                                <a href="#"><h3>ORDER CANCELLATION
                                    </h3></a>
                                <div class="blog-text">
                                    <p>In case of cancellation of order, the refund would be processed within 2 working days:</p>
                                    <p>
                                        If the payment was made by Credit Card or Net Banking, we shall reverse the credit or
                                        credit the net banking account of the customer. Refund can get delayed due to public
                                        holidays and Sundays.
                                    </p>
                                    <p>
                                        Cancellation is not allowed for payments made at the centre.
                                    </p>
                                    <p>
                                        Other important points
                                    </p>
                                    <ul>
                                        <li>
                                            Membership will be valid only on full payment. Balance amount if any should be
                                            paid within 30 days else advance amount will be adjusted to a membership
                                            package in proportion to the paid value. Membership start date and end date are
                                            subject to audit
                                        </li>
                                        <li>
                                            In case of any change in the plan, member will be getting an SMS / Email. Any
                                            oral communication about change in membership expiry date or extension of
                                            membership is invalid
                                        </li>
                                        <li>
                                            Contact information is only for fitness communication purpose and will not be
                                            shared outside Go Gyms Fitness Solutions Group
                                        </li>
                                        <li>
                                            Membership is non-refundable and non- transferable once the registration
                                            process is completed at the front desk and the member started working out at the
                                            centre. It cannot be exchanged with any group activities or different packages
                                        </li>
                                        <li>
                                            Membership is not on usage basis. It is a fee, permitting access to the Go Gyms
                                            Fitness Solutions centre for a certain prefixed period. The unused number of
                                            days cannot be extended nor will the amount be refunded, if not used by the
                                            member for any reason
                                        </li>
                                        <li>
                                            Membership period starts from the date of registration at the front desk and not
                                            from the date the member started using the facility for workout
                                        </li>
                                    </ul>
                                </div>
                        </div>
                    </article>

                </div>
            </div>
        </div>
    </section>
    <div class="clearfix"></div>
    <!-- ============================ Say Hello End ================================== -->
<?php
include 'footer.php';
