<?php
# Require Application Class
require("app/Application.class.php");

include "assets/header-top.php"; ?>

<!--Title-->
<title>Refer-A-Friend</title>

<!--Meta-->
<meta name="keywords" content=""/>
<meta name="description" content=""/>

<?php include "assets/header-mid.php"; ?>

<!--Page-Specific JavaScripts-->
<script type="text/javascript">
<!--

$(document).ready(function(){

});

//-->
</script>

<?php include "assets/header-bot.php"; ?>


	<!--Start Content Container-->
	<div id="content-container" style="min-height: 400px; padding-left: 15px; width: 920px;">

	<h1>Refer-A-Friend</h1>

<p>Receive $10 for every friend you refer to FindMyMonkey.</p>
<p>For Every friend that you refer who signs up and makes a purchase, we will send you $10 worth of &quot;Monkey Bucks&quot;!</p>
<p>If someone joins our site within 72 hours after clicking your link they will officially become your referral. We will notify you within 24 hours of their first purchase and automatically add $10 to your account.</p>
<p>There is no limit on how many monkey bucks you can collect. The more people your refer, the more money you will make. In fact, you may never have to pay for any of our monkey deals again.</p>

	</div>
	<!--End Content Container-->

<?php include "assets/footer.php"; ?>