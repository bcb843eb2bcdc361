Subject: Your account on {SITENAME} is blocked 
Charset: iso-8859-1 

Hello {USER} 

We have detected multiple failed log in attempts ({BAD_LOGINS}) on your account. 
Therefore, to insure maximum security, we blocked your account on {SITENAME} for {BLOCK_TIME} minutes. 

You will have one more chance to access your account, using the correct password, at {BLOCK_UNTIL}. 

If you receive this warning and are not responsible for those attemps, you should contact the site admin, and report this issue. 

If you forgot you password, please use the appropriate link to receive a new, random, password. 
Of course, you will be able to change that random password. 
Here is a few tips to choose your new, secure, password: 
- Never use "simple password" like your birthday, your dog's name, etc 
- Use both number and letters in any combination 
- a longer password is harder to guess. 
- use different passwords on different sites (e.g. use some of the site name letters in your standard password) 



{EMAIL_SIG}