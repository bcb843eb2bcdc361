<?php if ($index_refer != "!@#$%^&*()_+") { die(); } ?>
<?php
	PrintMessage ("Thank you!!!", "Thank you for your donation! Don't forget to send a message to [[@chaozz]] with your international mobile number!!");
?>		