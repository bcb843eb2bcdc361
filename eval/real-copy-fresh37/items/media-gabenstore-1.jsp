<%@ include file="/WEB-INF/views/Header.jsp"%>
<div class="returnback">
	<div class="container">
		<div class="row">
			<div class="col-lg-12 col-md-12 col-sm-12 col-xs-12">
				<div class="returncard">
					<h3>RETURN AND REFUND POLICY</h3>
					<h4>RETURN POLICY</h4>
					Considering the nature of the CD key we sell, a refund is possible, but a deadline of 7 days may be necessary for us to check if the code is not used.
					<br>
					Refunds or credits will be issued solely at GabenStore' discretion. Refunds may be offered if all the following conditions are met:
					<br>
					<ul>
					<li>The time of your request for refund is no more than 7 days from time of purchase</li>

					<li>The game has not been activated or downloaded</li>

					<li>The game activation key (including any bonus or beta keys) have not been disclosed to you by email or webpage</li>

					<li>We find your request reasonable due to special circumstances</li>
					</ul>
					Please note: This means that NO refunds will be offered for MMO titles, Steam, UPlay and Origin titles where the key has been disclosed to you or sent by e-mail. All such sales are final.
					<h4>REFUND POLICY</h4>
					If, in the unlikely event you receive a key that does not activate your game, simply Contact Us at support@gabenstore.com and we will check the key for you. In most of the cases, a key that does not allow you to activate your game will be an error in transmission, for example a spelling error in the cd key code. So please simply write to us, and we will double check the key and re-send it.
				</div>
			</div>
		</div>
	</div>
<%@ include file="/WEB-INF/views/Footer.jsp"%>
</div>