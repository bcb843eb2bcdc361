export const templateString = (
  
  `Hi,

We have completed an assessment for {{ domain_name }}. Your case study did not clearly demonstrate your ability against this category because:

\#

If you wish to be reassessed for {{ domain_name }}, you must complete an assessment through the [new assessment process](https://marketplace1.zendesk.com/hc/en-gb/articles/115011292847-Request-an-assessment). The feedback provided may assist you in drafting your responses.

[Request a new assessment now](https://marketplace.service.gov.au/2/seller-dashboard).

If you have any questions, [contact the Marketplace](https://marketplace.service.gov.au/contact-us).

Thank you,  
The Digital Marketplace team  
Digital Transformation Agency  
[marketplace.service.gov.au](https://marketplace.service.gov.au) | [dta.gov.au](https://dta.gov.au)`

)
