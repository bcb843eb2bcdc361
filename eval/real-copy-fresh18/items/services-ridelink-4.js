module.exports = function(recipientName, driversName){
	return 'Hi ' + recipientName + ',\n\n'+
		'Congrats on fully confirming the ride with ' + driversName + '. We\'ll shoot you a final email the day of the ride and if the driver didn\'t actually show up, you\'ll have the option to let us know and get a full refund!\n\n'+
		'Best,\n'+
		'Routepen Team';
};
