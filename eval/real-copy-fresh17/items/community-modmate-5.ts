export const commercialInterestTemplate = `Hi [user],
I’m [moderator], a moderator of the forum. I’m reaching out to let you know that your comment about [fill in] has been removed from the active community
feed.

As is mentioned in our guidelines, which you can access here https://forum.com/terms-
of-use/, community members are asked to:
● Avoid posting with commercial interests in mind
Please take this as a gentle reminder about our community guidelines.
Best wishes,
[moderator]
Forum Moderation Team
`;
