<?php
$title = "Home";
$pageDescription = "Home page description";
include('header.php');
?>
    <!--Main banner are START-->
    <section class="middle-header">
        <div class="container">
            <div class="row">
                <div class="col-xl-5 col-lg-5 col-md-6 col-sm-12 col-12 text-center text-md-left" data-aos="fade-up"
                     data-aos-duration="1000">
                    <div class="header-heading mt-4 mt-md-2 mt-lg-4">
                        <h1>The All-in-One Print-on-Demand Solution.</h1>
                        <p>Start selling products and making money online today with Everything With Ink.</p>
                        <button class="btn primary-btn-custom" type="submit">Start Selling</button>
                        <span>100% payouts · Easy to use  · 200+ Vendors</span>
                    </div>
                    <div class="recent-orders mt-md-2 mt-lg-4">
                        <p class="m-0">Latest Orders from:</p>
                        <div class="row">
                            <div class="col-lg-5 col-md-5 col-sm-6 col-5 d-flex align-items-center pt-lg-2 m-auto m-md-0 pt-3">
                                <div class="location-icon"><span class="ti-location-pin"></span></div>
                                <div class="recent-locations">
                                    <p class="mb-0" id="role">Ohio, USA</p>
                                    <span id="role2">2 Minutes ago</span>
                                </div>
                            </div>
                            <div class="col-lg-5 col-md-5 col-sm-6 col-7 d-flex align-items-center pt-lg-2 m-auto m-md-0 pt-3">
                                <div class="location-icon"><span class="ti-location-pin"></span></div>
                                <div class="recent-locations">
                                     <p class="mb-0" id="role3">Vanvcouver, Canada</p>
                                    <span id="role4">5 Minutes ago</span>
                                </div>
                            </div>
                        </div>
                    </div>
                </div>
                <div class="col-xl-7 col-lg-7 col-md-6 col-sm-12 col-12 header-right-bnr p-0 mt-5 mt-lg-3 mt-md-2"
                     data-aos="fade-up" data-aos-duration="2000">
                    <div class="header-img">
                        <img class="img-fluid" src="img/vector-2.png">
                    </div>
                </div>
            </div>
        </div>
    </section>
    <!--Main banner are END-->

    <!--Custom, sell Fulfill START-->
    <section class="product-design-options mt-5">
        <div class="container">
            <div class="row text-center justify-content-center">
                <div class="col-xl-4 col-lg-4 col-md-6 col-sm-6 mt-2" data-aos="fade-up" data-aos-duration="1000">
                    <div class="d-flex flex-column bd-highlight p-3">
                        <div class="pdo-icon"><span class="ti-brush-alt"></span></div>
                        <div class="pdo-heading"><p>Create custom products</p></div>
                        <div class="pdo-text"><p>Select from over 200+ different items. T-shirts, hoodies, mugs, bags,
                                decor, stickers, and more.</p></div>
                    </div>
                </div>
                <div class="col-xl-4 col-lg-4 col-md-6 col-sm-6 mt-2" data-aos="fade-up" data-aos-duration="1500">
                    <div class="d-flex flex-column bd-highlight p-3">
                        <div class="pdo-icon"><span class="ti-shopping-cart-full"></span></div>
                        <div class="pdo-heading"><p>Sell your products</p></div>
                        <div class="pdo-text"><p>Simple setup with the most popular ecommerce platforms. Automatic
                                syncing.</p></div>
                    </div>
                </div>
                <div class="col-xl-4 col-lg-4 col-md-6 col-sm-6 mt-2" data-aos="fade-up" data-aos-duration="2000">
                    <div class="d-flex flex-column bd-highlight p-3">
                        <div class="pdo-icon"><span class="ti-truck"></span></div>
                        <div class="pdo-heading"><p>Fulfill with best vendors</p></div>
                        <div class="pdo-text"><p>Pick the vendors you want & they’ll handle your shipping and
                                fulfillment.</p></div>
                    </div>
                </div>
            </div>
        </div>
    </section>
    <!--Custom, sell Fulfill END-->

    <!--Amazing products, ready for your design START-->
    <section class="amazing-products">
        <div class="container">
            <div class="row text-center">
                <div class="col-lg-12 col-md-12 col-sm-12" data-aos="fade-up" data-aos-duration="1000">
                    <div class="ap-main-heading">
                        <h2>Amazing products, ready for your design</h2>
                        <p class="mt-3">Printed and shipped on demand, under your brand!</p>
                    </div>
                </div>
            </div>
            <div class="row justify-content-center">
                <div class="col-xl-4 col-lg-4 col-md-6 col-sm-12 col-12 text-center mt-md-4 mt-4" data-aos="fade-up"
                     data-aos-duration="1000">
                    <a href="#">
                        <div class="ap-light-box ap-boxes">
                            <div class="ap-item-img">
                                <img class="img-fluid" src="img/mug.png">
                            </div>
                            <div class="ap-text-info">
                                <p class="m-0">Coffee Mugs</p>
                                <p class="m-0">Average price - $12.00 to $24.00</p>
                            </div>
                        </div>
                    </a>
                </div>

                <div class="col-xl-4 col-lg-4 col-md-6 col-sm-12 col-12 text-center mt-md-4 mt-4" data-aos="fade-up"
                     data-aos-duration="1500">
                    <a href="#">
                        <div class="ap-pink-box ap-boxes">
                            <div class="ap-item-img">
                                <img class="img-fluid" src="img/cup.png">
                            </div>
                            <div class="ap-text-info">
                                <p class="m-0">Glasses</p>
                                <p class="m-0">Average price - $12.00 to $24.00</p>
                            </div>
                        </div>
                    </a>
                </div>

                <div class="col-xl-4 col-lg-4 col-md-6 col-sm-12 col-12 text-center mt-md-4 mt-4" data-aos="fade-up"
                     data-aos-duration="2000">
                    <a href="#">
                        <div class="ap-blue-box ap-boxes">
                            <div class="ap-item-img">
                                <img class="img-fluid" src="img/tees.png">
                            </div>
                            <div class="ap-text-info">
                                <p class="m-0">T-shirts</p>
                                <p class="m-0">Average price - $12.00 to $24.00</p>
                            </div>
                        </div>
                    </a>
                </div>
            </div>
            <div class="row text-center">
                <div class="col-lg-12 col-md-12 col-sm-12 col-12 mt-4" data-aos="fade-up" data-aos-duration="1000">
                    <button class="btn secondary-btn-cut">See all Products</button>
                </div>
            </div>
        </div>
    </section>
    <!--Amazing products, ready for your design END-->

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
                    <a href="integrations.php">
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
                    <a href="integrations.php">
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
                    <a href="integrations.php">
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

    <!--We’re giving all you need START-->
    <section class="allyouneed">
        <div class="container">
            <div class="row text-center">
                <div class="col-lg-12 col-md-12 col-sm-12 col-12" data-aos="fade-up" data-aos-duration="1000">
                    <div class="ap-main-heading">
                        <h2>We’re giving all you need</h2>
                        <p class="mt-3">From a one-man business till a large ecommerce store.</p>
                    </div>
                </div>
            </div>

            <div class="row text-center justify-content-center">
                <div class="col-lg-4 col-md-6 col-sm-6 col-12 mt-md-2" data-aos="fade-up" data-aos-duration="1000">
                    <div class="d-flex flex-column bd-highlight p-3">
                        <div class="pdo-icon"><span class="ti-tag"></span></div>
                        <div class="pdo-heading"><p>200+ Unique Products</p></div>
                        <div class="pdo-text"><p>Select from over 200+ different items. T-shirts, hoodies, mugs, bags,
                                decor, stickers, and more.</p></div>
                    </div>
                </div>
                <div class="col-lg-4 col-md-6 col-sm-6 col-12 mt-md-2" data-aos="fade-up" data-aos-duration="1500">
                    <div class="d-flex flex-column bd-highlight p-3">
                        <div class="pdo-icon"><span class="ti-vector"></span></div>
                        <div class="pdo-heading"><p>Interactive Design Studio</p></div>
                        <div class="pdo-text"><p>Design professional-looking products with our design tool and sync them
                                with your stores to earn money.</p></div>
                    </div>
                </div>
                <div class="col-lg-4 col-md-6 col-sm-6 col-12 mt-md-2" data-aos="fade-up" data-aos-duration="2000">
                    <div class="d-flex flex-column bd-highlight p-3">
                        <div class="pdo-icon"><span class="ti-stats-up"></span></div>
                        <div class="pdo-heading"><p>Custom Campaigns</p></div>
                        <div class="pdo-text"><p>Create custom campaigns and sell your products with unique landing
                                page.</p></div>
                    </div>
                </div>
                <div class="col-lg-4 col-md-6 col-sm-6 col-12 mt-md-2" data-aos="fade-up" data-aos-duration="1000">
                    <div class="d-flex flex-column bd-highlight p-3">
                        <div class="pdo-icon"><span class="ti-ink-pen"></span></div>
                        <div class="pdo-heading"><p>Easy Ink Feature</p></div>
                        <div class="pdo-text"><p>With Easy Ink you can upload your design and it will automatically
                                apply to
                                our entire catalogue.</p></div>
                    </div>
                </div>
                <div class="col-lg-4 col-md-6 col-sm-6 col-12 mt-md-2" data-aos="fade-up" data-aos-duration="1500">
                    <div class="d-flex flex-column bd-highlight p-3">
                        <div class="pdo-icon"><span class="ti-package"></span></div>
                        <div class="pdo-heading"><p>Manual Ordering</p></div>
                        <div class="pdo-text"><p>Manually submit orders and we’ll print and ship to your customers.</p>
                        </div>
                    </div>
                </div>
                <div class="col-lg-4 col-md-6 col-sm-6 col-12 mt-md-2" data-aos="fade-up" data-aos-duration="2000">
                    <div class="d-flex flex-column bd-highlight p-3">
                        <div class="pdo-icon"><span class="ti-world"></span></div>
                        <div class="pdo-heading"><p>Global Vendor network</p></div>
                        <div class="pdo-text"><p>Fulfill your orders with a chain of BOTSKU vendors of choice.</p></div>
                    </div>
                </div>
            </div>
        </div>
    </section>
    <!--We’re giving all you need END-->

    <!--Making money with us is easy START-->
    <section class="makingmoney">
        <div class="container">
            <div class="row text-center">
                <div class="col-lg-12 col-md-12 col-sm-12 col-12" data-aos="fade-up" data-aos-duration="1000">
                    <div class="ap-main-heading">
                        <h2>Making money with us is easy</h2>
                        <p class="mt-3">This is how you make money with Everything With Ink.</p>
                    </div>
                </div>
            </div>

            <div class="row">
                <div class="col-lg-6 col-md-6 col-sm-12 mm-calc mt-4" data-aos="fade-up" data-aos-duration="1000">
                    <div class="row mt-md-5">
                        <div class="col-md-8 col-sm-8 col-8"><p>You sell your t-shirt at a retail price of</p></div>
                        <div class="col-md-4 col-sm-4 col-4 text-right"><span>$26.00</span></div>
                        <div class="col-md-8 col-sm-8 col-8"><p>Vendor <a>you choose</a> ships it for</p></div>
                        <div class="col-md-4 col-sm-4 col-4 text-right"><span>$12.00</span></div>
                    </div>
                    <div class="row border-top">
                        <div class="col-md-8 col-sm-8 col-8 mt-4"><p>Your Profit</p></div>
                        <div class="col-md-4 col-sm-4 col-4 mt-4 text-right"><span>$14.00</span></div>
                    </div>
                    <div class="mt-2 mm-btn-text text-center text-md-left">
                        <button class="btn primary-btn-custom">Start Selling</button>
                        <span>100% payouts · Easy to use · 200+ Vendors</span>
                    </div>
                </div>

                <div class="col-lg-6 col-md-6 col-sm-12 header-right-bnr p-0 mt-4" data-aos="fade-up"
                     data-aos-duration="2000">
                    <div>
                        <img class="img-fluid" src="img/lady-tees.png" alt="Lady image">
                    </div>
                </div>
            </div>
        </div>
    </section>
    <!--Making money with us is easy END-->

    <!--We’re proud to our team in this journey START-->
    <section class="proud-moment">
        <div class="container">
            <div class="row text-center">
                <div class="col-lg-12 col-md-12 col-sm-12 col-12" data-aos="fade-up" data-aos-duration="1000">
                    <div class="ap-main-heading">
                        <h2>We’re proud to our team in this journey</h2>
                        <p class="mt-3">Partners who already are a part of Everything With Ink</p>
                    </div>
                </div>
            </div>

            <div class="row justify-content-center mt-3">
                <img class="img-fluid pm-bg-img" src="img/bots-bg.png" alt="dots">
                <div class="col-lg-5 col-md-7 col-sm-12" data-aos="fade-up" data-aos-duration="2000">
                    <div class="row">
                        <div class="col-md-6 col-sm-6 col-6 p-0">
                            <div class="team-img-left border-right border-bottom">
                                <div class="img-position"><img class="img-fluid team-imgs" src="img/1-josephjoseph.png"
                                                               alt="logo"></div>
                            </div>
                        </div>
                        <div class="col-md-6 col-sm-6 col-6 p-0">
                            <div class="team-img-right border-bottom">
                                <div class="img-position"><img class="img-fluid team-imgs" src="img/6-klober.png"
                                                               alt="logo"></div>
                            </div>
                        </div>
                        <div class="col-md-6 col-sm-6 col-6 p-0">
                            <div class="team-img-left border-right border-bottom">
                                <div class="img-position"><img class="img-fluid team-imgs" src="img/2-louispoulsen.png"
                                                               alt="logo"></div>
                            </div>
                        </div>
                        <div class="col-md-6 col-sm-6 col-6 p-0">
                            <div class="team-img-right border-bottom">
                                <div class="img-position"><img class="img-fluid team-imgs" src="img/5-alessi.png"
                                                               alt="logo"></div>
                            </div>
                        </div>
                        <div class="col-md-6 col-sm-6 col-6 p-0">
                            <div class="team-img-left border-right">
                                <div class="img-position"><img class="img-fluid team-imgs" src="img/3-evasolo.png"
                                                               alt="logo"></div>
                            </div>
                        </div>
                        <div class="col-md-6 col-sm-6 col-6 p-0">
                            <div class="team-img-right">
                                <div class="img-position"><img class="img-fluid team-imgs" src="img/4-magisso.png"
                                                               alt="logo"></div>
                            </div>
                        </div>
                    </div>
                </div>
            </div>
            <div class="row text-center">
                <div class="col-lg-12 col-md-12 col-sm-12 col-12 mt-4" data-aos="fade-up" data-aos-duration="1000">
                    <button class="btn secondary-btn-cut">See all partners</button>
                </div>
            </div>
        </div>
    </section>
    <!--We’re proud to our team in this journey END-->


<?php
include('footer.php');
?>