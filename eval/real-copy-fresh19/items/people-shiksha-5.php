<div width="600">
Dear <?php echo $name; ?>,<br/>
<p>We would like to inform you that the <?php echo $entityType;?> you reported abuse on 
<b><?php echo $date; ?></b> has been removed from Shiksha.com.</p>
<p>We thank you for your efforts on keeping Shiksha.com clean and valuable for
other student community. We hope that you would continue using Shiksha
regularly and help us make Shiksha the ideal destination for students to get
information and advice about making the correct career choice.
</p>
<br/>
Best Regards<br/>
Shiksha.com
</div>
