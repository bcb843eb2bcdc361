<?php 
/**
 * 
 * 
MemberMouse(TM) (http://www.membermouse.com)
(c) 2010-2011 Pop Fizz Studios, LLC. All rights reserved.
 */
?>
Click the link below to cancel your membership:
<a href="[MM_CancelMembership]">Cancel Membership</a>