<div class="exit-intent-popup">
  <div class="exit-intent-popup__box">
    <button class="exit-intent-popup__btn-close js-close-popup">
      &times;
    </button>

    <div class="container">
      <div class="exit-intent-popup__row">
        <div class="exit-intent-popup__col--content">
          <h5 class="exit-intent-popup__subhead"></h5>
          
          <h3 class="exit-intent-popup__title"></h3>

          <p class="exit-intent-popup__content"></p>

          <div class="exit-intent-popup__form">
            <input type="email" class="exit-intent-popup__form-input js-form-input" placeholder="email@website.com" id="email">
            <p class="exit-intent-popup__form-error js-form-error">Enter a valid email</p>
            <button role="button" class="exit-intent-popup__form-btn js-popup-register">
              Create Free Account
              <span class="exit-intent-popup__btn-icon">&#10142;</span>
            </button>
          </div>
        </div>

        <div class="exit-intent-popup__col--img">
          <img src="" alt="popup image" />
        </div>
    </div>
  </div>
</div>