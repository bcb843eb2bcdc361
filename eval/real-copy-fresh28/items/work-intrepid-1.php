<?php require '_header.php'; ?>

Dear User,

<br />
<br />

We've received a request to reset your account's password.

<br />
<br />

To reset your password, simply click the button below:

<div style="margin:20px;text-align:center">
    <a
        href="#"
        class="link-password-reset"
        target="_blank"
        style="display:inline-block;background-color:#5ac278;color:#fff;padding:10px 20px;text-decoration:none;">
        Reset My Password
    </a>
</div>

The link above will take you to a secure page where you can change your
password. To protect your account, please follow these account security tips:<br />

<ul style="margin:15px 0 0 10px;padding:0;list-style-type:disc;list-style-position:inside;">
    <li>Never give out your password or personal information by email or on social networks.</li>
    <li>Use a strong password that includes letters, numbers, and symbols.</li>
    <li>We will never contact you to ask you for your password.</li>
    <li>Never use the same password on other websites.</li>
</ul>

<?php require '_footer.php'; ?>
