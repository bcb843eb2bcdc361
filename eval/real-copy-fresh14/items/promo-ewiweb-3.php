<?php
$title = "How it Works";
$pageDescription = "How it Works page description";
include('header.php');
?>
    <!--Main head Three Step Guide START-->
    <section class="htw-steps">
        <div class="container">
            <div class="row">
                <div class="col-lg-5 col-md-6 col-sm-12 col-12 mt-3 text-center text-md-left" data-aos="fade-up" data-aos-duration="1000">
                    <div class="header-heading">
                        <h1>How it works- A Three Step Guide to Success</h1>
                    </div>
                    <div class="htw-qt-as mt-3">
                        <h5>Pick and Design</h5>
                        <p>Pick a product from our catalogue and use our design tool to customise it.</p>
                        <h5>Sell it on your store</h5>
                        <p>Sync your products with your preferred store and sell them online.</p>
                        <h5>Manage and Fulfill</h5>
                        <p>Sync your products with your preferred store and sell them online.</p>
                    </div>
                </div>
                <div class="col-lg-7 col-md-6 col-sm-12 col-12 mt-3" data-aos="fade-up" data-aos-duration="2000">
                    <div class="htw-head-bg">
                        <img class="img-fluid" src="img/howitworks-header-bg.png" alt="header background">
                    </div>
                    <div class="htw-top-img">
                        <img class="img-fluid" src="img/howitworks-group.png" alt="How Everything With ink works">
                    </div>
                </div>
            </div>
        </div>
    </section>
    <!--Main head Three Step Guide END-->

    <!--Pick and design what you want START-->
    <section class="pick-design">
        <div class="container amour-bg" data-aos="fade-up" data-aos-duration="3000">
            <div class="row">
                <div class="col-lg-6 col-md-6 col-sm-12 col-12 mt-3" data-aos="fade-up" data-aos-duration="1000">
                    <div class="htw-pick-desg">
                        <img class="img-fluid" src="img/pick-design.png" alt="Pick a Design">
                    </div>
                    <div class="htw-pic-dsg-bg">
                        <img class="img-fluid" src="img/pick-design-bg.png" alt="Pick design">
                    </div>
                </div>
                <div class="col-lg-6 col-md-6 col-sm-12 col-12 mt-3 text-center text-md-left" data-aos="fade-up" data-aos-duration="2000">
                    <div class="htw-text">
                        <h6>Pick what you want</h6>
                        <h2>Pick and design what you want.</h2>
                        <p>Lorem Ipsum is simply dummy text of the printing and typesetting industry. Lorem Ipsum has been the industry's standard dummy text ever since the 1500s, when an unknown printer took a galley of type and scrambled it to make a type specimen book.</p>
                    </div>
                </div>
            </div>
        </div>
    </section>
    <!--Pick and design what you want END-->

    <!--Design your passion START-->
    <section class="pick-design">
        <div class="container cerulean-bg" data-aos="fade-up" data-aos-duration="3000">
            <div class="row flex-row-reverse">
                <div class="col-lg-6 col-md-6 col-sm-12 col-12 mt-3" data-aos="fade-up" data-aos-duration="1000">
                    <div class="htw-pick-desg">
                        <img class="img-fluid dyp-main-img" src="img/design-passions.png" alt="Design your passion">
                    </div>
                    <div class="htw-dsg-psn-bg">
                        <img class="img-fluid" src="img/design-passion-bg.png" alt="Design your passion">
                    </div>
                </div>
                <div class="col-lg-6 col-md-6 col-sm-12 col-12 mt-3 text-center text-md-left" data-aos="fade-up" data-aos-duration="2000">
                    <div class="htw-text">
                        <h6>Design your passion</h6>
                        <h2>Design what you want, however you want</h2>
                        <p>Lorem Ipsum is simply dummy text of the printing and typesetting industry. Lorem Ipsum has been the industry's standard dummy text ever since the 1500s, when an unknown printer took a galley of type and scrambled it to make a type specimen book.</p>
                    </div>
                </div>
            </div>
        </div>
    </section>
    <!--Design your passion END-->

    <!--OVERVIEW AND MANAGE START-->
    <section class="pick-design">
        <div class="container geraldine-bg" data-aos="fade-up" data-aos-duration="3000">
            <div class="row">
                <div class="col-lg-6 col-md-6 col-sm-12 col-12 mt-3" data-aos="fade-up" data-aos-duration="1000">
                    <div class="htw-pick-desg">
                        <img class="img-fluid" src="img/overview-manage.png" alt="Pick a Design">
                    </div>
                    <div class="htw-ovr-mng-bg">
                        <img class="img-fluid" src="img/overview-bg.png" alt="Pick design">
                    </div>
                </div>
                <div class="col-lg-6 col-md-6 col-sm-12 col-12 mt-3 text-center text-md-left" data-aos="fade-up" data-aos-duration="2000">
                    <div class="htw-text">
                        <h6>Overview and Manage</h6>
                        <h2>Manage all of your orders in one place.</h2>
                        <p>Lorem Ipsum is simply dummy text of the printing and typesetting industry. Lorem Ipsum has been the industry's standard dummy text ever since the 1500s, when an unknown printer took a galley of type and scrambled it to make a type specimen book.</p>
                    </div>
                </div>
            </div>
        </div>
    </section>
    <!--OVERVIEW AND MANAGE END-->

    <!--Connect your store START-->
    <section class="connect-store">
        <div class="container">
            <div class="row text-center">
                <div class="col-lg-12 col-md-12 col-sm-12 col-12" data-aos="fade-up" data-aos-duration="1000">
                    <div class="ap-main-heading">
                        <h2>Connect your store</h2>
                        <p class="mt-3">From a one-man business till a large ecommerce store.</p>
                    </div>
                </div>
            </div>

            <div class="row text-center">
                <div class="col-lg-3 col-md-6 col-sm-6 col-12 p-0 mt-2" data-aos="fade-up" data-aos-duration="1000">
                    <a href="#">
                        <div class="shopify-color cont-str-box m-2">
                            <div class="cont-str-img">
                                <img class="img-fluid" src="img/shopify.png">
                            </div>
                            <div class="cont-str-text">
                                <p class="m-0">Shopify</p>
                                <p class="cont-text">Ecommerce platform with everything you need to sell online. </p>
                            </div>
                            <div class="cont-direction">
                                <span class="ti-arrow-right"></span>
                            </div>
                        </div>
                    </a>
                </div>
                <div class="col-lg-3 col-md-6 col-sm-6 col-12 p-0 mt-2" data-aos="fade-up" data-aos-duration="1500">
                    <a href="#">
                        <div class="etsy-color cont-str-box m-2">
                            <div class="cont-str-img">
                                <img class="img-fluid" src="img/etsy.png">
                            </div>
                            <div class="cont-str-text">
                                <p class="m-0">Etsy</p>
                                <p class="cont-text">A creative marketplace with over 30 million active buyers
                                    worldwide.</p>
                            </div>
                            <div class="cont-direction">
                                <span class="ti-arrow-right"></span>
                            </div>
                        </div>
                    </a>
                </div>
                <div class="col-lg-3 col-md-6 col-sm-6 col-12 p-0 mt-2" data-aos="fade-up" data-aos-duration="2000">
                    <a href="#">
                        <div class="amazon-color cont-str-box m-2">
                            <div class="cont-str-img">
                                <img class="img-fluid" src="img/amazon.png">
                            </div>
                            <div class="cont-str-text">
                                <p class="m-0">Amazon</p>
                                <p class="cont-text">The world’s most popular online marketplace.</p>
                            </div>
                            <div class="cont-direction">
                                <span class="ti-arrow-right"></span>
                            </div>
                        </div>
                    </a>
                </div>
                <div class="col-lg-3 col-md-6 col-sm-6 col-12 p-0 mt-2" data-aos="fade-up" data-aos-duration="2500">
                    <a href="#">
                        <div class="magento-color cont-str-box m-2">
                            <div class="cont-str-img">
                                <img class="img-fluid" src="img/magento.png">
                            </div>
                            <div class="cont-str-text">
                                <p class="m-0">Magento 2</p>
                                <p class="cont-text">An ecommerce platform for enterprises and e-commerce experts.</p>
                            </div>
                            <div class="cont-direction">
                                <div class="coming-soon">Coming Soon</div>
                            </div>
                        </div>
                    </a>
                </div>
            </div>
        </div>
    </section>
    <!--Connect your store END-->
<?php
include('footer.php');
?>