export const triggeringTemplate = `Hi name

I’m Author Name, a moderator of the Daybreak feed. Thank you for being a valued member of the Daybreak community! We are really sorry to hear [insert comment about share OR that you have had these experiences in the past] and understand how valuable opening up about these sensitive topics can be. Placing a trigger warning before your share can help notify others of the nature of your post while also allowing you to share these challenging experiences with the community. 

Thank you for being brave enough to share this and for being a valued member of the community. We hope in the future you can help protect other members of the community by sharing your experiences with a trigger warning at the top. 

We have removed this post from the [insert date], but feel welcome to share again with a trigger warning. 

As is mentioned in the guidelines, which you can access here https://hellosundaymorning.org/terms-of-use-daybreak/, community members are asked to: 

*Be considerate that content you post may be harmful or triggering to others. 

[If share contains following content, add below sentence and relevant point from the guidelines:
*Post a content or trigger warning when sharing about the below topics: 

Recommending diets, potentially harmful weight loss practices and BMI ; 
Self-harm methods or plans; 
Traumatic experiences [e.g., death of a loved one]; 
Sexual or physical abuse;
When recounting a challenging time you may have experienced e.g., domestic violence or suicidal thoughts;
When sharing about a recent death of a loved one;
When discussing traumatic experiences such as abuse or neglect;
Any other content that others may find distressing or harmful in any way.]


Hello Sunday Morning strives to ensure we are all communicating carefully and respectfully while considering our diverse community members. Thanks so much for your understanding. 

Best wishes,

Author Name
Daybreak Community Moderation Team 

**Our moderators respond within a 24-hour period during weekdays Australian Eastern Standard Time. Daybreak is not a crisis support service. If you require immediate support, visit https://www.hellosundaymorning.org/hotlines/
`;
