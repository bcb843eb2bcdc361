Dream Dinners
Meal Prep+ Membership Canceled

Your Meal Prep+ membership has now ended. During your 6-month membership period, you saved $[membership savings] at Dream Dinners. Saving money and feeding your family with delicious prepped dinners, now that’s a win-win.

Want to keep your Meal Prep+ perks? Contact your local store at <?php echo $this->store->telephone_day; ?> to renew your membership.

------------------------------------------

See the complete Meal Prep+ terms and conditions: <?php echo HTTPS_SERVER; ?>/terms

Dream Dinners <?php echo $this->store->store_name; ?>
<?php echo $this->store->address_line1; ?> <?php echo !empty( $this->store->address_line2 ) ? $this->store->address_line2 : ''; ?>
<?php echo $this->store->city; ?>, <?php echo $this->store->state_id; ?> <?php echo $this->store->postal_code; ?>