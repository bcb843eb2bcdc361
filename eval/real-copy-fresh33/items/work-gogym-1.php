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
                                <h5>GO GYMS FITNESS SOLUTIONS GROUP
                                        HAS THE DISCRETION TO TERMINATE
                                        CENTRE MEMBERSHIP IF A MEMBER:
                                    </h5>
                                <div class="blog-text">
                                    <p>
                                        1. Fails to pay any monetary obligations under Fitness One rules and regulations.
                                    </p>
                                    <p>
                                        2. Is not able to provide proof of membership on request.
                                    </p>
                                    <p>
                                        3. Fails to follow the club rules and regulations prevailing and also the ones
                                        introduced from time to time, including time limits on cardio machines and any
                                        issue pertaining to gym etiquette.
                                    </p>
                                    <p>
                                        4. Willfully damages the properties of the club or the building facilities.
                                    </p>
                                    <p>
                                        5. provides incorrect information on the application form or does not disclose the
                                        necessary details as required, including health-related ones.
                                    </p>
                                    <p>
                                        6. Violates any government laws, regulations or rules of the building management.
                                    </p>
                                    <p>
                                        7. Damages the name and reputation of Go Gyms Fitness Solutions through any
                                        actions.
                                    </p>
                                    <p>
                                        8. Fails to act in any orderly manner, misbehaviour or engage in improper conduct
                                        of Solicitation of any kind.
                                    </p>
                                    <p>
                                        9. Does any act which is in any manner disturbing or annoying other members of
                                        the club or disturbs or disrupts the functioning of the club in any manner.
                                    </p>
                                    <p>
                                        10. In situations of deciding acts of violation, the decision of the Go Gyms Fitness
                                        Solutions Group is final.
                                    </p>
                                    <p>
                                        Members will be requested to sign a copy of club rules &amp; regulation form during their
                                        first visit. Without signing up the club rules &amp; regulation form no member will be allowed
                                        to use the facility Go Gyms Fitness Solutions. Signing up of club rules &amp; regulation is
                                        mandatory during membership renewal as well.
                                    </p>
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
