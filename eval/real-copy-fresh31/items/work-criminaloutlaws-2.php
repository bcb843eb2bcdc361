Hello <?php echo $to; ?>,

We're sorry to see you leave PRO! We believe that amongst all games, we offer the best value for money for only $2.99 per month and we're always working hard to make our service faster and better.

Your membership will expire automatically at the usual time, and you won't be billed again at all. We hope you'll come back to PRO in the future.

If you have been billed in the last 48 hours, and you wish to claim your refund (we only offer refunds up to 48 hours after the subscription charges you) then contact us at cosupport@ferple.com.

Regards,
Criminal Outlaws,
cosupport@ferple.com