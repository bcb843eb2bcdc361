<div class="section">
	<div class="text-center"><h1 class="color-blue">Download {{PRODUCT_NAME}}</h1></div>
	<h2>Hello {{USERNAME}}!</h2>
	Thank you for purchasing {{PRODUCT_NAME}} ({{PLAN_NAME}}) from {{SITE_NAME}},<br>
	You could download the product which you have purchased from here.<br>
	<h2>{{PRODUCT_NAME}} Informations:</h2>
	You could download the "{{PRODUCT_NAME}}" from the link below:<br>
	<div class="section text-center"><a href="{{DOWNLOAD_LINK}}" target="_blank" title="Download" class="btn btn-primary btn-lg">DOWNLOAD</a></div>
	Or from here:<br>
	<a href="{{DOWNLOAD_LINK}}" target="_blank" title="Download">{{DOWNLOAD_LINK}}</a><br>
	<br>
	<b>Node:</b> if you have any suggestions, issues or problems with product, please feel free to contact "{{PRODUCT_NAME}}" support below:
</div>
<div class="section bg-blue">
	<h2>{{PRODUCT_NAME}} Support:</h2>
	{{PRODUCT_EMAIL_SUPPORT}}
</div>