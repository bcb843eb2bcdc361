
Extended Day Block charges for {$childName}:  {$blockCharges}
Extended Day Extra Fee class block charges (Sept - Dec 2009) for {$childName}:  {$classCharges} **

Extended Day Total charges for {$childName}:  {$totalCharges}
Extended Day Block payment for {$childName}:  {$totalPayments}

Extended Day Balance Due: {$balanceDue}

Extended Day Rates:

Less than 100 blocks pay $10.35 per block

If total use is over 100 blocks or if on Indexed Tuition pay $8.80 per block

** These rates have NOT been discounted for Indexed tuition. Please contact the Business office for your pro-rated block charges.

For a detailed report of {$childName}'s block usage, please logon to the SFS Parent Portal: http://sfschool.org/drupal/
and click on View Extended Care block charges for {$childName}

Please make cheques payable to The San Francisco School. If you have any questions, please contact
Rahna Brown at rbrown@sfschool.org
