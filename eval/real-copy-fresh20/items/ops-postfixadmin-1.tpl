
<h2>Backup</h2>

<p><strong>Warning</strong> - The backup module of PostfixAdmin is not consistently tested, and may not be including all
    necessary database tables. </p>

<p>Please test/verify that the backup works before relying on it.</p>

<p>You should consider using the native backup tool (<em>mysqldump</em>) to backup the database. </p>

<p>If you still trust this backup module, you can <a href="backup.php?download=1" class="button">download the database
        dump now</a></p>
