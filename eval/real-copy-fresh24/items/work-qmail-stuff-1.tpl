To: @OWNEREMAIL@
From: @FROMEMAIL@
Subject: Let's Encrypt certificate expiration notice for domain @DOMAIN@ @EXTRAWARN@

Hello,

Your certificate (or certificates) for the names listed below will expire in @DAYSLEFT@ days (on @EXPIRY@). Please make sure to renew your certificate before then, or visitors to your web site will encounter errors.

We recommend renewing certificates automatically when they have a third of their total lifetime left. For Let's Encrypt's current 90-day certificates, that means renewing 30 days before expiration. See https://letsencrypt.org/docs/integration-guide/ for details.

@SUBDOMAINS@

Best regards,
The Management
