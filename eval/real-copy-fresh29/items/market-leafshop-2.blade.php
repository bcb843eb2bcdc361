<h2>Order has been send!</h2>

<p>We received your payment in good order and have send your package onwards. Keep an eye on your postbox, it should arrive swiftly!</p>
<p>For questions, you can mail us at {{config('shop.shopcontactmail') }}</p>
<br>
Regards, <br>
<br>
<br>
<a href="http://leaf-music.com">LEAF</a>

