<?php

$this->Subject = "PI Account Denied"; ?>

<p>Hello,</p>

<p>Unfortunately, your request for a PI account on the UnityHPC Platform has not been approved.
    Usually, this is due to one of the following reasons:</p>

<ul>
    <li>You are not a PI at your organization</li>
    <li>We were not able to verify your PI status. In this case please reply with verification</li>
    <li>Your organization has not been authorized on the UnityHPC Platform.
        In this case please reply with more information about your request</li>
</ul>

<p>Feel free to reply to this email with any questions!</p>
