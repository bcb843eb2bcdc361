Dear Administrators,

The user limitation at ${weburl} is exhausted. Please upgrade your license at http://www.edgenius.com. Thanks.

Regards,
GeniusWiki Team 