module.exports = function(recipientName, driversName){
	return 'Hi ' + recipientName + ',\n\n'+
				'You\'ve now been added to ' + driversName + '\'s waitlist. We\'ll send you an email if you get off the waitlist, so sit tight!\n\n'+
				'Best,\n'+
				'Routepen Team';
};
