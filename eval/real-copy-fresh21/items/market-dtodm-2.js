export const templateString  = (

  `Dear Marketplace seller

We’ve reviewed your submission to the Digital Marketplace and require more detail or changes to your profile.

YOUR NOTES GO HERE

To update your profile:

  1. Log in to your [Digital Marketplace dashboard]({{ frontend_url }}/2/seller-dashboard).
  2. Update your seller profile.
  3. Resubmit your application for review.

We'll advise you once we've reviewed the changes.

Regards,  
The Digital Marketplace team  
Digital Transformation Agency  
[{{ frontend_url }}]({{ frontend_url }}) | [dta.gov.au](https://dta.gov.au)`

);
