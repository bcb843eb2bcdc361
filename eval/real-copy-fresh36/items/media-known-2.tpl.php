Sorry, your data import was unsuccessful.
=========================================

It looks like some or all of the data you provided could not be imported. 
You could try the import again, or ask your system administrator for help!

Visit your site: <?php echo \Idno\Core\Idno::site()->config()->getDisplayURL();
