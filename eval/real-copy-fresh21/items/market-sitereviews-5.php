<?php defined('ABSPATH') || exit;
/**
 * @version 1.0.0
 */
?>
<strong>A new {review_rating}-star review has been submitted:</strong>

{review_title}

{review_content}

{review_author} ({review_email}) - {review_ip}

<a href="{edit_url}">Edit Review</a>
