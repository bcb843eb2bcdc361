{{ header }}

<p>Hi {{ customer_name }}!</p>
<p>Welcome to {{ site_title }} membership!</p>
<p>
We're thrilled to have you on board. As a new member, you now have access to exclusive deals, personalized recommendations, and a seamless shopping experience. We're committed to providing you with the best service and products.
</p>
<p><a href="{{ site_url }}" class="action-button" style="border: solid 1px #fff;
    -webkit-border-radius: 7px;
    -moz-border-radius: 7px;
    border-radius: 7px;
    font-size: 14px;
    font-weight: bold;
    font-style: normal;
    font-stretch: normal;
    line-height: 1.43;
    letter-spacing: 0.5px;
    text-align: center;
    color: #fff !important;
    text-decoration: none !important;
    padding: 10px 30px;
    margin: 0 0 30px;
    display: inline-block;
    text-transform: uppercase;
    background-color: #1280f5;">Start buying!</a></p>

<p>Cheers,</p>

{{ footer }}