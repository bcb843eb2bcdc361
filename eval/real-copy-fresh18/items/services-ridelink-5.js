module.exports = function(driversName, riderName){
	return 'Hi ' + driversName + ',\n\n' +
		'Congrats! ' + riderName + ' is interested in taking a ride from you! Take a look at his dropoff location here and confirm them if you\'d like to take them. They\'ll get a follow up email about details for the initial deposit.\n\n' +
	/*"How it works:\n\n" +
  "Once " + riderName + " is confirmed, we'll give them 18 hours to put up his initial deposit. If they don't get it on time, someone from the waitlist will replace their spot!\n\n" + */
		'Feel free to send me an email back if you have any questions :). I\'ll be sure to answer them within a few hours.\n\n' +
		'Best,\n' +
		'Routepen Team';
};
