<h2>Congrats! Your application has already been accepted!</h2>
<p>
  According to our records, your application has already been accepted. You should have received an e-mail with further
  information.
</p>
<p>
  If you didn't receive an acceptance e-mail or if you have additional questions, please
  e-mail <?php echo anchor('mailto:' . $admin_email, $admin_email); ?>.
</p>