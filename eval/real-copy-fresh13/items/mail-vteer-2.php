<h2>Your application has already been submitted</h2>
<p>
  According to our records, you've already submitted an
  application and you're waiting for a reply from us. Thanks
  for your patience. When we've finished reviewing your
  application, you'll receive an e-mail from us.
</p>
<p>
  If you have further questions, please
  e-mail <?php echo anchor('mailto:' . $admin_email, $admin_email); ?>.
</p>