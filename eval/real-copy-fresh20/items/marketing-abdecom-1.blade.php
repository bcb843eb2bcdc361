<div class="announcement-bar">
    <div class="announcement-bar-container">
        <div class="announcement-content-wrap">
            <div class="announcement-items-wrap">
                UP TO 50% OFF
                <div class="announcement-timer-wrap">
                    <div class="announcement-timer-contain">
                        <span class="announcement-day">--</span>
                        <br>
                        Days
                    </div>
                    <div class="announcement-timer-contain">
                        <span class="announcement-hour">--</span>
                        <br>
                        Hour
                    </div>
                    <div class="announcement-timer-contain">
                        <span class="announcement-min">--</span>
                        <br>
                        Min
                    </div>
                    <div class="announcement-timer-contain announcement-timer-seconds">
                        <span class="announcement-sec">--</span>
                        <br>
                        Sec
                    </div>
                </div>
            </div>
            <a href="/" class="btn bs-btn-white btn-shop-now">
                Shop Now <svg xmlns="http://www.w3.org/2000/svg" fill="#000" width="16" height="16" viewBox="0 0 48 48">
                    <path
                        d="M3.75 24a1.5 1.5 0 0 1 1.5-1.5h31.835L24.698 10.32a1.5 1.5 0 1 1 2.104-2.14l14.997 14.748l.009.009l.011.011a1.5 1.5 0 0 1-.042 2.145L26.802 39.82a1.5 1.5 0 1 1-2.104-2.139L37.085 25.5H5.25a1.5 1.5 0 0 1-1.5-1.5" />
                </svg> </a>
        </div>
        <a href="javascript:void(0)" class="announcement-bar-close-btn">
            <svg xmlns="http://www.w3.org/2000/svg" width="35" height="35" viewBox="0 0 48 48">
                <path fill="none" stroke="#fff" stroke-linecap="round" stroke-linejoin="round" stroke-width="1.6"
                    d="m8 8l32 32M8 40L40 8" />
            </svg>
        </a>
    </div>
</div>