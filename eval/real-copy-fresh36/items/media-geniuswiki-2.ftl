Dear GeniusWiki User,

The space ${space.name}(${space.unixName}) has been marked for removal by ${space.modifier.fullname} on ${modifiedDate}. 

You can undo this within ${removeDelayHours} hours. Login to GeniusWiki as space admin, (go to this link ${pagelink}) and choose "undo remove" from the space admin dialog.   

Please go to ${adminURL} to report malicious space deletion.


Best Regards,
GeniusWiki Team
