export const domesticViolenceTemplate = `Hi Name,


I’m [Author], a moderator of Daybreak’s peer support feed. I just read your post and am sorry to see that you are experiencing some relationship challenges. There are free services linked below that we encourage you to access. 

*1800 RESPECT: For any Australian who has experienced, or is at risk of, family and domestic violence and/or sexual assault.

Website: https://www.1800respect.org.au/
24/7 Telephone Support: 1800 737 732

*Family Relationship Advice Line: Helps families affected by relationship or separation issues, including information on parenting arrangements after separation. It can also refer callers to local services that provide assistance.


Website: https://www.familyrelationships.gov.au/talk-someone/advice-line 
Telephone Support Mon-Fri, 8am-5pm: 1800 050 321


*Lifeline   
24/7 Telephone Support: 13 11 14  
Online Crisis Chat: https://www.lifeline.org.au/get-help/online-services/crisis-chat  

We hope that you are able to stay safe and supported at this time. Please feel welcome to access any of the free support services we have linked above.

Best wishes,



[Author]
Daybreak Community Moderation Team

**Our moderators respond within a 24-hour period during weekdays Australian Eastern Standard Time. Daybreak is not a crisis support service. If you require immediate support, visit https://www.hellosundaymorning.org/hotlines/
`;
