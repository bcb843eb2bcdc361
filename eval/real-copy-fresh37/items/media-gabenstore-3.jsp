<%@ include file="/WEB-INF/views/Header.jsp"%>
<div class="faqback">
	<div class="container">
		<div class="row">
			<div class="col-lg-12 col-md-12 col-sm-12 col-xs-12">
				<div class="faqcard">
					<h3>F.A.Q.</h3>
					<h5>F.A.Q.</h5>
					<b>How to obtain your game keys</b>
					<br>
					In GabenStore there are 2 ways in how we provide the keys:
					<ol>
					<li>The key is sent as an attachement to the order confirmation email</li>
					<li> In case you cannot find the mail anymore, the key is also stored on your GabenStore website account.</li>
					</ol>

					<b>How to activate a game on steam</b>
					<ol>
					<li>Launch the Steam client software and log in to your account</li>
					<li>Click the <b>&#8216Games Menu&#8216</b></li>
					<li>Choose <b>&#8216Activate a Product on Steam..&#8216</b></li>
					<li>Follow the onscreen instructions to complete the process</li>
					</ol>
					<u>Important</u>: Make sure the activation is done via the Steam software only.The Steam website cannot be used to activate games.
					<br>
					<b>How to activate a steam gift</b>
					<ol>
					<li>Launch a browser and log in to your steam account.</li>
					<li>Copy the steam gift link provided and paste in the browser.</li>
					<li>Hit enter.</li>
					<li>Redeem the gift to your account by <b>&#8220Add to library&#8221</b> option OR store it in your steam gifts option to redeem it later or gift it to your loved ones.</li>
					</ol>
					
					<b>How to activate a game on Origin</b>
					<ol>
					<li>Launch the Origin client software and log in to your account</li>
					<li>Click on the <b>&#8216Origin&#8216</b> in the menu bar on the top left</li>
					<li>Select <b>&#8216Redeem Product Code&#8216</b></li>
					<li>Enter the key you&#8217ve purchased at GabenStore.</li>
					</ol>
					Done! The game will now be added to your <b>&#8216My Games&#8216</b> tab of Origin.
					<br>

					<b>How to activate a game on Battlenet</b>
					<ol>
					<li>Login to your account on the Battle.Net website</li>
					<li>Click the <b>&#8216Add a Game Key&#8216</b> button</li>
					<li>Enter the key you&#8217ve purchased from Gamer-Outlet and press <b>&#8216Redeem Code&#8216</b></li>
					<li>Validate the game information and press <b>&#8216Continue&#8216</b></li>
					</ol>
					The game has now been added to your Battle.Net account. You can now download and play the game.
				</div>
			</div>
		</div>
	</div>
<%@ include file="/WEB-INF/views/Footer.jsp"%>
</div>	
