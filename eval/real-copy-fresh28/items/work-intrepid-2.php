<?php require '_header.php'; ?>

Congratulations <span class="data-first-name">{first name}</span>, you're on your way to accessing
growth capital!

<br /><br />

Now that you've completed the form, let's create your account. If you've already created your
account, you can log in to access your Intrepid dashboard.

<div style="margin-top:20px;text-align:center">
    <a
        href="#"
        class="link-create-account"
        target="_blank"
        style="display:inline-block;background-color:#5ac278;color:#fff;padding:10px 20px;text-decoration:none;">
        Access Dashboard
    </a>
</div>

<div style="margin-top:20px;color:#888;text-align:center;">
    Intrepid Finance & Venture | 9783 E. 116th Street #122 | Fishers, IN 46037, 317.207.2235
</div>

<?php require '_footer.php'; ?>
