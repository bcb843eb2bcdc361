<div class="exit-intent-popup js-exit-intent-popup">
	<div class="exit-intent-popup__dialog">
		<div class="exit-intent-popup__wrap">
			<div class="exit-intent-popup__body">
				<button type="button" class="exit-intent-popup__close js-exit-intent-popup-close">
					<span aria-hidden="true">X</span>
				</button>
				<div class="exit-intent-popup__row">
					<div class="exit-intent-popup__content exit-intent-popup__col-7">
						<h1 class="exit-intent-popup__heading">Boost your Black Friday sales <span class="exit-intent-popup__subheading">with the <span>BFC Funnel Kit</span></span></h1>
						<p class="exit-intent-popup__label">
							Don't kill your BFCM sales by driving traffic to an unoptimized store. Instead, drive shoppers to high-converting BFCM offer pages
						</p>
						<a class="exit-intent-popup__button" href="https://www.convertflow.com/campaigns/exit-intent-popup-examples">Get Funnel Kit For Free</a> <span class="exit-intent-popup__img"></span>
					</div>
					<div class="exit-intent-popup__layout-img exit-intent-popup__col-5">
						<img class="exit-intent-popup__img-fluid" src="https://uploads.convertflow.co/production/websites/3/tY99beNuTGeJCt3BguQz_BFCM-Kit_1_hero.png" alt="">
					</div>
				</div>
			
			</div>
		</div>
	</div>
</div>