<section class="popup-wrapper">
    <div class="popup-container">
        <div class="popup-image"><img src="assets/images/new-arrivals/new-13.webp" alt=""></div>
        <div class="popup-content">
            <button class="close-button"><i class="fas fa-times"></i></button>
            <h2>JOIN OUR COMMUNITY</h2>
            <p>Get 15% off your first purchase! Plus, be the first to know about sales, new product launches and exclusive offers!</p>
            <input type="email" class="email-input" placeholder="Your email address">
            <button class="subscribe-button">SUBSCRIBE</button>
            <div class="checkbox-container">
                <input type="checkbox" id="dont-show">
                <label for="dont-show">DON'T SHOW THIS POPUP AGAIN</label>
            </div>
        </div>
    </div>
</section>