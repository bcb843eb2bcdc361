export const piiTemplate = `Hi First name

I’m [moderator], a moderator at the forum. I’m reaching out to let you know that [your comment] has been removed from the forum
feed as it mentioned [identifiying information]. We understand how important
connection is in this journey and appreciate your open sharing. However, anonymity is valued by our
community members and is an essential part.
Please feel welcome to re-post without the identifying information. Thanks for your understanding!
  
Best wishes,
[moderator]
`;
