Dream Dinners
Meal Prep+ Membership Canceled

We are sorry to see that Meal Prep+ did not work for you. Your membership has now been canceled, because you have missed placing a standard consecutive order within your membership period.

Although Meal Prep+ was not a good fit for your family at this time, we are still here to help provide easy, prepped meals when you need them. We hope to see you soon.

If you feel your membership has been canceled by mistake, please contact us at <?php echo $this->store->telephone_day; ?>.


------------------------------------------

See the complete Meal Prep+ terms and conditions: <?php echo HTTPS_SERVER; ?>/terms

Dream Dinners <?php echo $this->store->store_name; ?>
<?php echo $this->store->address_line1; ?> <?php echo !empty( $this->store->address_line2 ) ? $this->store->address_line2 : ''; ?>
<?php echo $this->store->city; ?>, <?php echo $this->store->state_id; ?> <?php echo $this->store->postal_code; ?>