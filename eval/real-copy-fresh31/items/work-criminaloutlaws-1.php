Hello <?php echo $to; ?>,

We were unable to charge you $<?php echo $amount; ?> through your preferred payment method which is <?php echo $payment_via; ?>.

Your membership will expire on usual on <?php echo unix_to_human($expires); ?> unless the payment is made. We'll automatically re-try to charge you in a couple of days, and multiple times thereafter, and until the payment is successful will the membership renew for another month.

Please check you have sufficient funds in your PayPal account and if you'd like to contact our support for any help on your membership or subscription, please do not hesitate to contact our support department at cosupport@ferple.com.

Regards,
Criminal Outlaws,
cosupport@ferple.com