<?php
$title = "Influencers";
$pageDescription = "Influencers page description";
include('header.php');
?>
    <!--Everything with Ink Blog START-->
    <section class="eager-help">
        <div class="container">
            <div class="row">
                <div class="col-lg-5 col-md-6 col-sm-12 col-12 mt-4 text-center text-md-left" data-aos="fade-up"
                     data-aos-duration="1000">
                    <div class="header-heading">
                        <h1>Design & sell merchandise for your followers!</h1>
                    </div>
                    <div class="about-header-text pt-2">
                        <p>Lorem Ipsum is simply dummy text of the printing and typesetting industry.</p>
                        <button class="btn primary-btn-custom">Get Started</button>
                    </div>
                    <div class="mt-4 inf-head-text">
                        <p><span><img class="img-fluid" src="img/cap-icon.svg" alt="cap"></span> Design merchandise
                            without worrying about printing and equipment</p>
                        <p><span><img class="img-fluid" src="img/shop-icon.svg" alt="shop"></span> Launch your store
                            today and grow your social media following</p>
                        <p><span><img class="img-fluid" src="img/bar-chart-icon.svg" alt="shop"></span> Take your
                            business to the next level with worldwide drop shipping</p>
                    </div>
                </div>
                <div class="col-lg-7 col-md-6 col-sm-12 col-12 mt-4" data-aos="fade-up" data-aos-duration="2000">
                    <div class="inf-top-bg">
                        <img class="img-fluid" src="img/inf-bg.png" alt="faqs">
                    </div>
                    <div class="inf-right-img">
                        <img class="img-fluid" src="img/influencers.png" alt="faqs">
                    </div>
                </div>
            </div>
        </div>
    </section>
    <!--Everything with Ink Blog END-->

    <!--How it works START-->
    <section class="product-design-options mt-5">
        <div class="container">
            <div class="row text-center">
                <div class="col-lg-12 col-md-12 col-sm-12 aos-init aos-animate" data-aos="fade-up"
                     data-aos-duration="1000">
                    <div class="ap-main-heading">
                        <h2>How it works</h2>
                    </div>
                </div>
            </div>
            <div class="row text-center justify-content-center">
                <div class="col-xl-4 col-lg-4 col-md-6 col-sm-6 mt-2" data-aos="fade-up" data-aos-duration="1000">
                    <div class="d-flex flex-column bd-highlight p-3 inf-hit-work">
                        <div class="pdo-icon"><span><img class="img-fluid" src="img/pick-design-icon.svg"
                                                         alt="Pick and Design"></span></div>
                        <div class="pdo-heading"><p>Pick and Design</p></div>
                        <div class="pdo-text"><p>Pick a product from our catalogue and use our design tool to customise
                                it.</p></div>
                    </div>
                </div>
                <div class="col-xl-4 col-lg-4 col-md-6 col-sm-6 mt-2" data-aos="fade-up" data-aos-duration="1500">
                    <div class="d-flex flex-column bd-highlight p-3">
                        <div class="pdo-icon"><span class="ti-reload"></span></div>
                        <div class="pdo-heading"><p>Sync & Sell</p></div>
                        <div class="pdo-text"><p>Sync your products with your preffered store and sell them online.</p>
                        </div>
                    </div>
                </div>
                <div class="col-xl-4 col-lg-4 col-md-6 col-sm-6 mt-2" data-aos="fade-up" data-aos-duration="2000">
                    <div class="d-flex flex-column bd-highlight p-3">
                        <div class="pdo-icon"><span class="ti-list-ol"></span></div>
                        <div class="pdo-heading"><p>Manage and Fulfill</p></div>
                        <div class="pdo-text"><p>Sync your products with your preffered store and sell them online.</p>
                        </div>
                    </div>
                </div>
            </div>
        </div>
    </section>
    <!--How it works END-->

    <!--How you make profit START-->
    <section class="eager-help">
        <div class="container">
            <div class="row">
                <div class="col-md-12 mt-4 text-center">
                    <div class="header-heading" data-aos="fade-up" data-aos-duration="1000">
                        <h2>How you make profit</h2>
                    </div>
                    <div class="about-header-text pt-2" data-aos="fade-up" data-aos-duration="1000">
                        <p>There are no monthly fees—price your products how you want, and only pay Everything With Ink
                            for production and product costs when you get an order. What's left is your profit!</p>
                    </div>
                </div>
            </div>
            <div class="row">
                <div class="col-md-12">
                    <div class="table-responsive mt-4" data-aos="fade-up" data-aos-duration="1000">
                        <table class="table table-custom table-row-custom">
                            <thead class="text-center">
                            <tr>
                                <th scope="col">Product</th>
                                <th scope="col">You But At</th>
                                <th scope="col">You Sell At</th>
                                <th scope="col">
                                    <div class="text-center">Your Profit</div>
                                </th>
                            </tr>
                            </thead>
                            <tbody class="text-center">
                            <tr>
                                <td>
                                    <div class="d-flex align-content-center align-items-center">
                                        <div class="inf-tbl-img"><img src="./img/img-1.png" class="img-fluid"
                                                                      alt="product-img"></div>
                                        <div>T-shirts</div>
                                    </div>
                                </td>
                                <td>You sell at $7.95</td>
                                <td><label for="pricelist">$</label>
                                    <input type="number" id="pricelist" class="form-control form-custom" value="14.95">
                                </td>
                                <td>
                                    <div class="text-center font-weight-bold">$7.00</div>
                                </td>
                            </tr>
                            <tr>
                                <td>
                                    <div class="d-flex align-content-center align-items-center">
                                        <div class="inf-tbl-img"><img src="./img/img-2.png" class="img-fluid"
                                                                      alt="product-img"></div>
                                        <div>Soda Cans</div>
                                    </div>
                                </td>
                                <td>You sell at $7.95</td>
                                <td><label for="pricelist">$</label>
                                    <input type="number" id="pricelist" class="form-control form-custom" value="14.95">
                                </td>
                                <td>
                                    <div class="text-center font-weight-bold">$7.00</div>
                                </td>
                            </tr>
                            <tr>
                                <td>
                                    <div class="d-flex align-content-center align-items-center">
                                        <div class="inf-tbl-img"><img src="./img/img-3.png" class="img-fluid"
                                                                      alt="product-img"></div>
                                        <div>Shakers</div>
                                    </div>
                                </td>
                                <td>You sell at $7.95</td>
                                <td><label for="pricelist">$</label>
                                    <input type="number" id="pricelist" class="form-control form-custom" value="14.95">
                                </td>
                                <td>
                                    <div class="text-center font-weight-bold">$7.00</div>
                                </td>
                            </tr>
                            </tbody>
                        </table>
                    </div>
                    <div class="text-center" data-aos="fade-up" data-aos-duration="1000">
                        <button class="btn secondary-btn-cut">See all Products</button>
                    </div>
                </div>
            </div>
        </div>
    </section>
    <!--How you make profit END-->

    <!--Why choose Everything With Ink? START-->
    <section class="pt-2">
        <div class="container">
            <div class="row mt-5">
                <div class="col-lg-12 col-md-12 col-sm-12 col-12  text-center" data-aos="fade-up" data-aos-duration="1000">
                    <div class="header-heading">
                        <h2>Why choose Everything With Ink?</h2>
                    </div>
                </div>
            </div>
            <div class="row text-center mt-4">
                <div class="col-md-12 col-sm-12 col-12" data-aos="fade-up" data-aos-duration="1000">
                    <div class="boxoutline"></div>
                    <div class="inf-left-bdr"></div>
                    <div class="inf-right-bdr"></div>
                    <div class="row">
                        <div class="col-lg-4 col-md-4 col-sm-6 col-12 mt-5" data-aos="fade-up" data-aos-duration="1500">
                            <div class="box-cls">
                                <div class="inf-numbs"><span>1</span></div>
                                <div class="pt-5 pb-4 pl-4 pr-4">
                                    <h5>Product range</h5>
                                    <p class="m-0">You can choose from a wide range of products</p>
                                </div>
                            </div>
                        </div>
                        <div class="col-lg-4 col-md-4 col-sm-6 col-12 mt-5" data-aos="fade-up" data-aos-duration="2000">
                            <div class="box-cls">
                                <div class="inf-numbs"><span>2</span></div>
                                <div class="pt-5 pb-4 pl-4 pr-4">
                                    <h5>Personalized brand</h5>
                                    <p class="m-0">Every order looks like you sent it</p>
                                </div>
                            </div>
                        </div>
                        <div class="col-lg-4 col-md-4 col-sm-6 col-12 mt-5" data-aos="fade-up" data-aos-duration="2500">
                            <div class="box-cls">
                                <div class="inf-numbs"><span>3</span></div>
                                <div class="pt-5 pb-4 pl-4 pr-4">
                                    <h5>Fulfillment</h5>
                                    <p class="m-0">Our fulfillment average is under 3 days</p>
                                </div>
                            </div>
                        </div>
                        <div class="col-lg-4 col-md-4 col-sm-6 col-12 mt-5" data-aos="fade-up" data-aos-duration="1000">
                            <div class="box-cls">
                                <div class="inf-numbs"><span>4</span></div>
                                <div class="pt-5 pb-4 pl-4 pr-4">
                                    <h5>Shipping</h5>
                                    <p class="m-0">Shipping speed is 3 business days</p>
                                </div>
                            </div>
                        </div>
                        <div class="col-lg-4 col-md-4 col-sm-6 col-12 mt-5" data-aos="fade-up" data-aos-duration="1500">
                            <div class="box-cls">
                                <div class="inf-numbs"><span>5</span></div>
                                <div class="pt-5 pb-4 pl-4 pr-4">
                                    <h5>Print on demand</h5>
                                    <p class="m-0">Never run out of stock or get stuck with leftovers</p>
                                </div>
                            </div>
                        </div>
                        <div class="col-lg-4 col-md-4 col-sm-6 col-12 mt-5" data-aos="fade-up" data-aos-duration="2000">
                            <div class="box-cls">
                                <div class="inf-numbs"><span>6</span></div>
                                <div class="pt-5 pb-4 pl-4 pr-4">
                                    <h5>Print on demand</h5>
                                    <p class="m-0">Never run out of stock or get stuck with leftovers</p>
                                </div>
                            </div>
                        </div>
                    </div>
                    <div class="boxoutline2"></div>
                </div>
            </div>
        </div>
    </section>
    <!--Why choose Everything With Ink? END-->

    <!--Need design help? Leave it to us! START-->
<section class="degn-hlp amour-bg" data-aos="fade-up" data-aos-duration="1000">
    <div class="container">
        <div class="row mt-5">
            <div class="col-md-12 p-5 justify-content-center text-center" data-aos="fade-up" data-aos-duration="2000">
                    <h2>Need design help? Leave it to us!</h2>
                    <p>Our team of graphic designers can help you with ideas, design, and print files for your influencer merch. Whatever you need help with, consider it done!</p>
                <button class="btn primary-btn-custom">Hire a Designer</button>
            </div>
        </div>
    </div>
</section>
    <!--Need design help? Leave it to us! END-->
<?php
include('footer.php');
?>