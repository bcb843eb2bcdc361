module.exports = function(recipientName, driversName){
	return 'Hi ' + recipientName + ',\n\n'+
		'Hope you enjoyed your ride with ' + driversName + '.\n\n'+
		'<b> If your drive went smoothly ignore the rest of the email </b> and be sure to let us know at admin@routepen.com if you\'d like to let us know about your experience.\n\n'+
		'If the driver didn\'t actually show up, click here and we\'ll look into giving you a refund in the next 3-5 days.\n\n'+
		'<b> Before you click on the link to confirm the driver didn\'t show up </b>, we\'d just like to go over some things. We take honesty here at Routepen seriously, so any false allegations will lead to a ban on the website. We hope to keep this community as high quality as possible :)\n\n'+
		'Best,\n'+
		'Routepen Team';
};
