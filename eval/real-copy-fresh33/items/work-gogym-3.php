<?php
include 'header.php';
?>
    <!-- ============================ Page Title  Start================================== -->
    <div class="page-title image-title" style="background-image:url(assets/img/banner-2.jpg);">
        <div class="finding-overlay op-70"></div>
        <div class="container">
            <div class="page-title-wrap">

                <p><a href="#" class="theme-cl">Home</a> <span class="current-page active">Rules & Regulation</span></p>
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
                                <a href="#"><h3>Rules & Regulation</h3></a>
                                <div class="blog-text">
                                    <ul>
                                        <li>Go Gyms Fitness Solutions will be opened between 06:00 am – 12:00 Am (Mon-
                                            Sat ) and between 7:00 am – 1.00 pm on Sundays and Special Gyms are Open
                                            24X7</li>
                                        <li>
                                            Timings are subject to change without prior notice
                                        </li>
                                        <li>
                                            Go Gyms Fitness Solutions will remain closed on Public Holidays. Information on
                                            holidays will be displayed on the notice board at the front desk
                                        </li>
                                        <li>
                                            Registration of your login before entering the gym is mandatory.
                                        </li>
                                        <li>
                                            Carrying of your phone with login Number is mandatory, and it should be shown
                                            on entry at front desk
                                        </li>
                                        <li>
                                            Members must secure all their belongings in the locker and shall not allow it to be
                                            placed inside gym premises so as to cause inconvenience to other members or
                                            staff
                                        </li>
                                        <li>
                                            Members are requested to retain all invoices/receipts for any payment made by
                                            them. Any disputes/claims will not be entertained unless original invoice/receipt is
                                            produced
                                        </li>
                                        <li>
                                            All users of temporary lockers are requested to bring your own padlocks. Please
                                            ensure you keep your keys safe and remove your belongings and locks after use.
                                            The management reserves the right to break open the locks in case a temporary
                                            locker is found locked end of the day
                                        </li>
                                        <li>
                                            Members who prefer to use permanent lockers (if available) may contact the
                                            Front Desk for terms and conditions. The permanent lockers can be used only
                                            during the period of membership. Renewal of permanent locker usage will be at
                                            the discretion of the management as the renewal of Fitness One membership
                                            does not confer entitlement to locker renewal
                                        </li>
                                        <li>
                                            Go Gyms Fitness Solutions holds no responsibility for loss of valuables or money
                                            kept in the lockers. The lockers are used solely at the risk of the members
                                        </li>
                                        <li>
                                            Members with medical problems should declare their ailments in writing along
                                            with a doctor’s certificate, before starting any exercise program
                                        </li>
                                        <li>
                                            Membership is non-refundable and non- transferable. It cannot be exchanged
                                            with any group activities or different packages
                                        </li>
                                        <li>
                                            Membership is not on usage basis. It is a fee, permitting access to the Go Gyms
                                            Fitness Solutions centre for a certain prefixed period. The unused number of
                                            days cannot be extended nor will the amount be refunded, if not used by the
                                            member for any reason
                                        </li>
                                        <li>
                                            Membership period starts from the date of registration at the front desk and not
                                            from the date the member starts using the facility for workout
                                        </li>
                                        <li>
                                            The membership tariff and other services offered are subject to change without
                                            prior notice
                                        </li>
                                        <li>
                                            Payment has to be done in full at the time of registration. In case of part
                                            payment, post-dated online must be issued during registration
                                        </li>
                                        <li>
                                            Grant of membership admission and Renewals are solely at the discretion of the
                                            Centre Manager of respective Go Gyms Fitness Solutions centre
                                        </li>
                                        <li>
                                            Membership transfers to other Go Gyms Fitness Solutions centre will not be
                                            permitted
                                        </li>
                                        <li>
                                            Personal training sessions: Non-usage of personal training sessions (within the
                                            specified validity date) will not entitle any member for any refund or
                                            compensation either in terms of money or extended sessions
                                        </li>
                                        <li>
                                            Providing and change of personal trainers is solely the discretion of the centre
                                            and cannot be changed at the request of the members availing the training. The
                                            centre may provide male or female trainers at their discretion and is not by
                                            choice of members
                                        </li>
                                        <li>
                                            Members are requested to change into their work-out shoes, after coming to the
                                            Go Gyms Fitness Solutions centre in order to maintain hygiene and to avoid
                                            damage to the equipment.
                                        </li>
                                        <li>
                                            Members are requested not to drop or throw weights. Kindly re-rack the
                                            dumbbells and attachments after workout. Workout cautiously with all equipment
                                            so as not to cause injury to themselves, others or damage the equipment.
                                        </li>
                                        <li>
                                            Nutrition counseling sessions will be offered on an appointment basis. One
                                            consultation with the nutritionist will be done at the time of registration (not
                                            renewal). A Diet chart would be given on request. All subsequent reviews will be
                                            charged.
                                        </li>
                                        <li>
                                            The workout schedule cards will be placed in an alphabetical order in their racks
                                            (ABC rack) in the workout floor.
                                        </li>
                                        <li>
                                            Children below the age of 12 are strictly prohibited from entering the facility.
                                            Members aged between 13 to 18 years should be accompanied by a
                                            parent/guardian or should declare a written authorization from the
                                            parent/guardian who is responsible for such minor members.
                                        </li>
                                        <li>
                                            Members who exercise and use facilities during the period of membership are
                                            permitted to access at their (members) own risk. Go Gyms Fitness Solutions
                                            Group will accept no responsibility for loss or damage to member’s properties
                                            and belonging or for death or injuries sustained while on the premises. Members
                                            agree that no claims will be made against Go Gyms Fitness Solutions Group and
                                            their staff for any reasons whatsoever. It is the member’s responsibility to ensure
                                            that they correctly operate or use the facilities of the club including the
                                            adjustment of levels  or setting on the equipment. If in doubt, as to how to
                                            correctly operate, members should consult the staff.
                                        </li>
                                        <li>
                                            Go Gyms Fitness Solutions centre provides members with the equipments and
                                            machines best suited for the members, hence members cannot insist on any
                                            particular machine or brands or models of equipments being made available
                                        </li>
                                        <li>
                                            No member shall hold on to a particular machine or facility for too long (max. 30
                                            minutes for cardiovascular equipments) so as to deprive the other members
                                            waiting to use the said machine or facility
                                        </li>
                                        <li>
                                            Go Gyms Fitness Solutions Group may, at any time, withdraw all or part of a
                                            facility for any period or periods and with or without notice in connection with any
                                            cleaning, repair, alteration or maintenance work or for any reasons beyond their
                                            control
                                        </li>
                                        <li>
                                            Go Gyms Fitness Solutions Group may at its own discretion make any
                                            amendments to the rules and regulations, schedule of fees at any time and from
                                            time to time, without prior notice to any member
                                        </li>
                                        <li>
                                            Go Gyms Fitness Solutions Group does not assure any particular weight loss, at
                                            any given time. Its programs and wordings used in its literature and
                                            advertisements are recommendative and indicative and is not result assured, as
                                            results may vary from person to person and on basis of performance of each
                                            individual
                                        </li>
                                        <li>
                                            Tobacco, food, chewing gum, glass bottles, and cans are not permitted for use in
                                            the training facility. Personal non-breakable water bottles are allowed inside the
                                            facility
                                        </li>
                                        <li>
                                            Usage or carrying of Alcohol, drugs, cigarettes, and banned substances are not
                                            permitted in the centres and training facilities.
                                        </li>
                                        <li>
                                            Members are requested to do their workouts based on experts guidance only
                                        </li>
                                        <li>
                                            Member must be fully aware that they are engaging in physical exercise and
                                            training which may cause injury to them. Members agree that they are voluntary
                                            participants in physical exercise and the use of centre facilities and training and
                                            assistance by centre personnel and assume all risks of injury to them on account
                                            of such activities
                                        </li>
                                        <li>
                                            Member hereby agrees to waive all claims or rights they might have against the
                                            centre including the right to sue the centre and its employees for any injuries or
                                            claims aforesaid
                                        </li>
                                        <li>
                                            Member has carefully read the waiver and release clause and fully understands
                                            that this is a release of any and all future claims against centre for injury or risk of
                                            injury resulting from activities while attending centre facilities
                                        </li>
                                        <li>
                                            Member further agrees to release the centre from any liability for any loss or theft
                                            of their belonging while the member is inside the centre
                                        </li>
                                        <li>
                                            The valet parking services (if any) provided by Go Gyms Fitness Solutions is only
                                            a free assistance provided to its members and such service is subject to
                                            availability of drivers and infrastructure and the said service may be discontinued
                                            at the discretion of the Go Gyms Fitness Solutions Group. The vehicles are
                                            driven and parked at the owners risk and Go Gyms Fitness Solutions
                                            Group holds no responsibility for any damage or theft arising out of the same
                                        </li>
                                        <li>
                                            Members and guests with the following conditions should not use the steam
                                            rooms-Low/high blood pressure, cardiac irregularities, asthma and pregnancy or
                                            any other ailment
                                        </li>
                                        <li>
                                            Go Gyms Fitness Solutions Group may make changes to the rules at any time
                                            without prior notice to its members and display such changes on a notice board
                                            for a week, Such display is deemed sufficient intimation to members.
                                        </li>
                                        <li>
                                            The herein usage of terms Go Gyms Fitness Solutions, club, centre, Facility,
                                            Gym etc., Wherever context permits denote the particular Go Gyms Fitness
                                            Solutions centre where member had joined.
                                        </li>
                                        <li>
                                            Valet parking is at Owner’s risk only. Kindly do not leave any valuables in the
                                            car. Go Gyms Fitness Solutions Group is not responsible for any loss of items
                                            inside the car or damage to the car either internally or externally
                                        </li>
                                        <li>
                                            Kindly vacate the lockers on daily basis
                                        </li>
                                        <li>
                                            For safety standards, CCTV has been installed at the centre
                                        </li>
                                    </ul>
                                </div>
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
