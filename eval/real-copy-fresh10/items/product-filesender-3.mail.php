<?php 
// WARNING, this is a read only file created by import scripts
// WARNING
// WARNING,  Changes made to this file will be clobbered
// WARNING
// WARNING,  Please make changes on poeditor instead of here
// 
// 
?>
subject: Download permission removed

{alternative:plain}

Hello,

Permission to download files from transfer n°{transfer.id} has been removed.

Best regards,
{cfg:site_name}

{alternative:html}

<p>
    Dear Sir or Madam,
</p>

<p>
    Permission to download files from transfer n°{transfer.id} has been removed.
</p>

<p>
    Best regards,<br />
    {cfg:site_name}
</p>
