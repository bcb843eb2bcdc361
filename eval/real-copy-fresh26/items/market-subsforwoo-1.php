<?php

if (!defined('ABSPATH')) {
    exit;
}

?>
<p class="please-wait">Please wait while we finish processing your order<span id="waiting-ellipsis">&nbsp;</span></p>

You will be redirected to your order details shortly. This may take up to one minute.

You will also receive an email confirmation with your receipt. If you purchased a digital product, your download link will be provided in the email as well.
