<a href="mailto:<?= $email ?>"><?= $name ?></a> has signed up for a demo.
<br />
<br />
<strong>Username:</strong> <?= $username; ?>
<br />
<strong>Company:</strong> <?= $company; ?>
<br />
<strong>Domain:</strong> <?= $domain; ?>
<br />
<strong>Type:</strong> <?= $type; ?>
<br />
<br />
<br />
<br />
<br />
<?= $fact ?>