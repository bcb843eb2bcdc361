<div id="wpbo-modal1" class="wpbo-modal">
	<div class="wpbo-inner" data-editable='["backgroundColor","backgroundImage","backgroundRepeat","backgroundPosition","backgroundSize","color","fontFamily"]'>
		<a class="wpbo-close" href="#" title="Close" data-editable='["backgroundColor","color"]'>&times;</a>
		<p class="wpbo-lead wpbo-center" data-editable='["color","fontFamily","fontSize","textEdit","textAlign"]'>Receive An Update Twice A Month</p>
		<hr>
		<div class="wpbo-grid">
			<div class="wpbo-col-2">
				<img src="http://placehold.it/214x240" alt="" class="wpbo-img-responsive" data-editable='["img"]'>
			</div>
			<div class="wpbo-col-3">
				<div data-editable='["color","fontFamily","fontSize","tinymce","textAlign"]'>
					<ul>
						<li><mark>Totally FREE</mark> - Just enter your email below</li>
						<li>Lorem ipsum dolor sit amet, <mark>80% or more</mark> elit.</li>
						<li>Unsubscribe at any time. <mark>32,000+</mark> subscribers.</li>
					</ul>
				</div>
				<div class="wpbo-form-group">
					<label for="wpbo_name" class="wpbo-sr-only">Enter your name</label>
					<input type="text" class="wpbo-form-control" id="wpbo_name" name="wpbo_name" placeholder="Enter your name" required data-editable='["textEdit"]'>
					<span class="wpbo-help-block"></span>
				</div>
				<div class="wpbo-form-group">
					<label for="wpbo_email" class="wpbo-sr-only">Email address</label>
					<input type="email" class="wpbo-form-control" id="wpbo_email" name="wpbo_email" placeholder="Enter your email" required data-editable='["textEdit"]'>
					<span class="wpbo-help-block" id="email-suggestions"></span>
				</div>
				<button type="submit" class="wpbo-btn" data-editable='["backgroundColor","color","fontFamily","textEdit"]'>Join now</button>
			</div>
		</div>
	</div>
</div>