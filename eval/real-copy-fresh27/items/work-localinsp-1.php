<?php $this->assign('title', 'Suspended'); ?>
<!-- Content Section -->
<div class="bg-light">
    <main>
        <div class="container space-2">

            <div class="card p-4">

                <!-- Special Offer -->
                <div class="card pt-4 pl-4 pr-4 mb-4">
                    <!-- Ad -->
                    <div class="media mb-4">
                        <div class="u-avatar mr-4">
                            <i class="fas fa-ban fa-3x"></i>
                        </div>
                        <div class="media-body">
                            <h1 class="d-inline-block mb-1">
                                <a class="d-block h6 mb-0  bold" href="#">Suspended</a>
                            </h1>
                        </div>
                    </div>
                    <!-- End Ad -->
                    <p>Your account has been suspended. If you think this was a mistake, send an email to suspended@localinspire.com<span rel="tooltip" data-html="true" data-container="body" title="Redeem in store only!" data-placement="right" class="txt-12lt cursor"> <i class="fa fa-info-circle ml-2" aria-hidden="true"></i></span> </p>
                </div>
                <!-- End Special Offer -->

            </div>

        </div>
    </main>
</div>
<!-- End Content -->

