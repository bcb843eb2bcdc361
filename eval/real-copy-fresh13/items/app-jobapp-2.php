<pre style="font-size: 13px;">
Dear <b>{{$username}}</b>,

Congratulations! 🎉 You’ve been <span style="color: green;">accepted</span> to join <b>{{$companyname}}</b> as a <b>{{$jobtitle}}</b>. 
Please log in to the AddisJobs app to view your acceptance note and next steps.

We’re excited to have you on board!

Best regards,
</pre>

