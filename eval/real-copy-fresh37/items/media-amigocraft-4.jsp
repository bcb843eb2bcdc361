<%@ include file="/templates/header.jsp" %>
<div id="pagetitle">Donate</div>
Thanks for your interest in Amigocraft! We're currently at a loss in terms of paying for the server, and our ultimate goal is to break even. It really helps when you donate, plus you get special perks on the server like ingame gold and a special rank! Support Amigocraft today!
<br><br>
<b>Note:</b> All donator packages come with access to <span class="scommand">/hat</span> and <span class="scommand">/nick</span>, along with a full set of chainmail armor.
<br><br>
<h3><span class="donator">Donator Package - $5</span></h3>
<a href="http://amigocraft.buycraft.net/checkout/packages?popup=true&amp;action=add&amp;package=456352"
   class="buycraft-popup"><img src="//buycraft.net/assets/popup/buttons/cart.png" alt="Purchase Now!"></a><br>
This package includes 15 golden ingots (which are essentially the server's currency) and a Donator rank which gives you a swagalicious prefix!
<br><br>
<h3><span class="donator">Donator+ Package - $15</span></h3>
<a href="http://amigocraft.buycraft.net/checkout/packages?popup=true&amp;action=add&amp;package=456354"
   class="buycraft-popup"><img src="//buycraft.net/assets/popup/buttons/cart.png" alt="Purchase Now!"></a><br>
This package includes 45 golden ingots and a Donator+ rank, whose prefix is made that much cooler by its plus sign!
<br><br>
<h3><span class="vip">VIP Package - $25+</span></h3>
<a href="http://amigocraft.buycraft.net/checkout/packages?popup=true&amp;action=add&amp;package=456360"
   class="buycraft-popup"><img src="//buycraft.net/assets/popup/buttons/cart.png" alt="Purchase Now!"></a><br>
This package includes 75 golden ingots (or more, depending on how much you donate) and a VIP rank which shows everyone how awesome you are!
<br><br>
We also accept donations via Bitcoin, Litecoin, Dogecoin, and Gabencoin. While we obviously can't automate this, we're happy to manually reward donators of this platform. Just let us know you donated via <a
		href="http://amigocraft.net/forums">the forums</a> or <a href="mailto:mproncace@gmail.com">email</a> and we'll give you some cool stuff. :)
<br><br>
<span style="font-family: Courier New,monospace;">
Bitcoin: <a href="bitcoin:1EGbQEH5Vma3s22CVXNaYnhe9TG72qUsfL">1EGbQEH5Vma3s22CVXNaYnhe9TG72qUsfL</a>
<br>
Litecoin: <a href="litecoin:LKS6MF3cshtQe4CnwzrUt54UvW3qxmchv9">LKS6MF3cshtQe4CnwzrUt54UvW3qxmchv9</a>
<br>
Dogecoin: DGwt32xQNQRW3H9XcXPEhCbqYSGE2txrDp
<br>
Gabencoin: 7krkQzRswaHEriJGu3o7HBvZZGLLjC2a2B
</span>
<br>
<%@ include file="/templates/footer.jsp" %>