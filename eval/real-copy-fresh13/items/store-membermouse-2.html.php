<?php 
/**
 * 
 * 
MemberMouse(TM) (http://www.membermouse.com)
(c) 2010-2011 Pop Fizz Studios, LLC. All rights reserved.
 */
?>
Oops! This is a little embarrassing. An error has occurred:

<div style="margin-bottom:20px; color:#cc0000;">
[MM_Content_ErrorMessage]
</div>

If you continue to experience this problem, please contact our support team at <a href="mailto:[MM_Email_Address isDefault='1']">[MM_Email_Address isDefault='1']</a>.