Dream Dinners
PLATEPOINTS Program

Dear <?php echo $this->firstname;?>,
 Your PLATEPOINTS loyalty account has been put on hold.

While your account is on hold, you will not earn PLATEPOINTS or new Dinner Dollars on future orders and activities. If you have Dinner Dollars currently available in your account, you will not be able to redeem them unless you reactivate PLATEPOINTS. Dinner Dollars are still subject to the original expiration date.

If you feel this is an error or you wish to remove the hold, please contact your local store.

We look forward to seeing you again.
-Your Dream Dinners Team