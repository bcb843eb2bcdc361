
<p><%t SilverCart\Model\ShopEmail.CustomerDeletionConfirmationText 'Your webshop account was successfully deleted.' %></p>

<p><%t SilverCart\Model\ShopEmail.REGARDS 'Best regards' %>,</p>
<p><%t SilverCart\Model\ShopEmail.YOUR_TEAM 'Your SilverCart ecommerce team' %></p>