<?php

$this->Subject = "PI Account Requested"; ?>

<p>Hello,</p>

<p>
You have requested a PI account on the UnityHPC Platform.
The admin team is reviewing this request, and you will receive an email soon with more details.
</p>

<p>Do not hesitate to reply if you have any questions!</p>
