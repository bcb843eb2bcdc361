<b>Dear <?php echo $name; ?>,</b><br>
<p>
    We have now launched our mobile application which enables thousands of clients to advertise projects for free on the Platform, in addition to their unlimited searches for local service providers. However, we’ve noticed your profile is inactive. Being an active member on UrbanSense means you are visible to our rapidly growing client base and also get access to our UrbanSense Service Pro Forum on Facebook and invitations to networking events.
</p>
<p>
To become active, simply log in and complete your profile. You’ll need to include your Work Experience, Services and Skills and list your banking details for payment of your services. Also write up a detailed profile about yourself and expertise you have, highlights and biggest projects you worked on.
</p>
 
<p>
This should only take you 10 minutes
</p>

<br>
Thank You
<br>
UrbanSense Support

<center><small>© 2019 UrbanSense. All rights reserved</small></center>