{* vim: set ts=2 sw=2 sts=2 et: *}

{**
 * ____file_title____
 *
 * @author    Creative Development LLC <info@cdev.ru>
 * @copyright Copyright (c) 2011-2012 Creative Development LLC <info@cdev.ru>. All rights reserved
 * @license   http://opensource.org/licenses/osl-3.0.php Open Software License (OSL 3.0)
 * @link      http://www.litecommerce.com/
 *}
<html>
<head>
    <title>WARNING!!!  WARNING!!!  WARNING!!!</title>
</head>
<body>
<p>Administrator login failure: {login}

<p>
REMOTE_ADDR: {REMOTE_ADDR}<br>
HTTP_X_FORWARDED_FOR: {HTTP_X_FORWARDED_FOR}<br>
HTTP_REFERER: {HTTP_REFERER}<br>

</body>
</html>
