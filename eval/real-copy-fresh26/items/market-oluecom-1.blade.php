<div>
            <!-- flash sale section -->
<section class="flash-sale bg-gradient py-5" style="background: linear-gradient(135deg, #667eea 0%, #764ba2 100%);">
    <div class="container">
        <div class="row align-items-center">
            <!-- Flash Sale Text -->
            <div class="col-lg-4 col-md-6 mb-4 mb-lg-0">
                <div class="text-white">
                    <h2 class="display-5 fw-bold mb-3">
                        <i class="fas fa-bolt text-warning me-2"></i>
                        Flash Sale
                    </h2>
                    <p class="lead mb-0">Don't miss out on our limited-time offers!</p>
                    <small class="text-light opacity-75">Hurry up! Limited stock available</small>
                </div>
            </div>
            
            <!-- Timer -->
            <div class="col-lg-5 col-md-6 mb-4 mb-lg-0">
                <div class="d-flex justify-content-center justify-content-md-start">
                    <div class="row g-2 text-center" id="flash-sale-timer">
                        <!-- Days -->
                        <div class="col-3">
                            <div class="bg-white rounded-3 p-3 shadow-sm">
                                <div class="timer-value display-6 fw-bold text-primary" id="days">00</div>
                                <small class="text-muted fw-semibold">DAYS</small>
                            </div>
                        </div>
                        
                        <!-- Hours -->
                        <div class="col-3">
                            <div class="bg-white rounded-3 p-3 shadow-sm">
                                <div class="timer-value display-6 fw-bold text-primary" id="hours">00</div>
                                <small class="text-muted fw-semibold">HOURS</small>
                            </div>
                        </div>
                        
                        <!-- Minutes -->
                        <div class="col-3">
                            <div class="bg-white rounded-3 p-3 shadow-sm">
                                <div class="timer-value display-6 fw-bold text-primary" id="minutes">00</div>
                                <small class="text-muted fw-semibold">MINS</small>
                            </div>
                        </div>
                        
                        <!-- Seconds -->
                        <div class="col-3">
                            <div class="bg-white rounded-3 p-3 shadow-sm">
                                <div class="timer-value display-6 fw-bold text-danger" id="seconds">00</div>
                                <small class="text-muted fw-semibold">SECS</small>
                            </div>
                        </div>
                    </div>
                </div>
            </div>
            
            <!-- Call to Action -->
            <div class="col-lg-3 text-center text-lg-end">
                <a href="#products" class="btn btn-warning btn-lg px-4 py-3 fw-bold shadow-lg">
                    <i class="fas fa-shopping-cart me-2"></i>
                    Shop Now
                </a>
                <div class="mt-2">
                    <small class="text-light opacity-75">
                        <i class="fas fa-fire text-warning me-1"></i>
                        Hot Deals Inside!
                    </small>
                </div>
            </div>
        </div>
        
        <!-- Progress Bar -->
        <div class="row mt-4">
            <div class="col-12">
                <div class="bg-white bg-opacity-25 rounded-pill p-1">
                    <div class="progress" style="height: 8px;">
                        <div class="progress-bar bg-warning progress-bar-striped progress-bar-animated" 
                             role="progressbar" style="width: 75%" aria-valuenow="75" aria-valuemin="0" aria-valuemax="100">
                        </div>
                    </div>
                    <div class="d-flex justify-content-between mt-2 px-2">
                        <small class="text-white opacity-75">
                            <i class="fas fa-clock me-1"></i>Sale Progress
                        </small>
                        <small class="text-white opacity-75">75% Complete</small>
                    </div>
                </div>
            </div>
        </div>
    </div>
</section>
</div>
