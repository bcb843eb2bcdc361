If you have any further questions, please contact us.
<p>Dear <?php echo htmlspecialchars($user->firstname); ?>,</p>
<p>
  Thank you for your interest in Living Hope and other ministries. We regret to inform you that we cannot accept your application at this time. There are many factors involved in selecting volunteers for our ministry in South Africa. Timing, talent, and the Lord's direction are just a few. While we want to ensure each individual can use their gifts and talents to serve the community well, we also seek to provide opportunities that will allow each individual to grow and learn.
</p>
<p>
  Although this is not the right fit for you, the Lord has designed something for you and it is our hope you find it a blessing. Please be encouraged in your ministry and next steps.
</p>
<p>
  If you have any further questions, please e-mail <?php echo anchor('mailto:' . $admin_email, $admin_email); ?>.
</p>