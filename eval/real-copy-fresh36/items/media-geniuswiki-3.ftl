Dear ${account.user.fullname},

We cannot synchronize your blog at ${account.site.url} with the username/password provided.
The username/password you provided are ${account.username}/${account.password}

Please log in to http://www.geniuswiki.com to correct them at your convenience. 
 
Thank you,
GeniusWiki Team