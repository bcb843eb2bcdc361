export const inconsiderateOrDisrespectfulTemplate = `Hi [user]
I’m [moderator], a moderator of the forum. I’m reaching out after a comment you posted regarding [info about comment]. We
encourage members to share their journey with the community and appreciate your open sharing, but it’s important to 
communicate these in a way that’s supportive and respectful of other members.


This post has been removed from the forum, as it contained content that does not follow our guidelines. 
As is mentioned in the guidelines, which you can access here https://forum.com/terms-of-use/, community members are asked to: 
- Respect other people’s beliefs, opinions and personal experiences. 
- Be non-judgmental and don’t make assumptions.
Please take this as a gentle reminder about communicating carefully and respectfully with a diverse community of members.

Best wishes, 

[moderator]
`;
