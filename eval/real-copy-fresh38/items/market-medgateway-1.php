<div class="section">
	<h2>Hi {{USERNAME}}!</h2><br>
	Thank you for the purchasing from {{SITE_NAME}},<br>
	We want to tell you that your purchase has been successfully Done.<br><br>
	<h2>Invoice Information:</h2>
	<b>- Invoice ID:</b> {{INVOICE_ID}}.<br>
	<b>- Product:</b> {{PRODUCT_NAME}}.<br>
	<b>- Plan:</b> {{PLAN_NAME}}.<br>
	<b>- Price:</b> ${{PRICE}}<br>
	<b>- Transaction time:</b> {{TR_TIME}}.<br><br>

	For more information or support, Please feel free to contact us (the emails are below).<br>
	<br>
	and Have a nice day :D<br>
	{{SITE_NAME}}<br>
</div>