Dear {NAME},

You are receiving this notice because a charge of ${AMOUNT} dollars has been placed on your student account for damages to your room based on the condition of the room following your recent check out (fees for lost keys and improper checkout may be included in the charge).

If you feel there are extenuating circumstances regarding your room charges and you would like to discuss an appeal you must submit a written request to your Coordinator, {COORDINATOR_NAME}, at {COORDINATOR_EMAIL}, by June 15, 2018. **Appeals received after June 9, 2018 will not be considered**.

If you completed an express check-out, you may not appeal any damage charges.

Thank you,

University Housing
