import { allOf, anyOf, followedBy, noWayForward, nothingAfter, phrase, sentenceStart, shoutedInSentence } from '../../src/kit/index.js';
import type { Condition, PhraseEntry } from '../../src/kit/index.js';

export type VerdictMessageId = 'wrong' | 'invalid' | 'doubt' | 'politely' | 'scolding' | 'stop' | 'warned' | 'thirdPerson' | 'denied' | 'alarm';

// Patterns run over normalised text: lower case, straight apostrophes.

/** What a reader types or picks in a form: the things an error line passes a verdict on. */
const input =
  '(?:password|passcode|pin|username|user ?name|user|login|log-?in|e-?mail(?: address)?|address|input|entry|entries|data|details|information|info|answer|code|token|captcha|value|format|name|number|phone(?: number)?|date|url|link|file|credentials|combination|choice|selection|field|fields|subject|title|message|post|comment|amount|card(?: number)?|id)';
const inputs = `${input}(?: ?(?:/|and/or|and|or) ?${input})?`;
/** "Your", "the", "this", "that", or a placeholder: whose input it is. */
/** Placeholders arrive masked as a run of x ("{email}" -> "xxxxxxx"). */
const placeholder = 'x{2,}';
const owner = `(?:your|the|this|that|these|those|${placeholder})`;
const isWord = "(?:is|was|are|were|seems|seem|looks|look|appears to be|appear to be|'s|'re)";

/** The writer owns the mistake ("We sent the wrong size", "the date is wrong in our export"): no verdict on the reader. */
const ownMistake: Condition = ({ sentence }) => /\b(?:we|we've|we're|our|us|i|i've|my)\b/.test(sentence.normal);

/**
 * A question the reader may be asking themselves, answered by a way forward in a later sentence ("Uploaded the
 * wrong file? You can replace it any time."): self-service help, not a verdict.
 */
const helpfulQuestion: Condition = (context) => /^[^.!]*\?/.test(context.after) && !nothingAfter(context);

/**
 * The copy speaks to someone else as "you" beside "the customer" or "the user", who is then a third party, as in
 * admin, merchant and help copy: "you" in the same sentence ("The client must sign in; as the admin you can resend
 * the link"), or a string that gives the reader another role ("your customers", "as the admin"). "The customer
 * must pay within 14 days. If you have questions…" is still said to the customer.
 */
const otherAddressee: Condition = ({ sentence, after }) =>
  /\b(?:you|your|yours|yourself)\b/.test(after) ||
  /\b(?:your (?:customers?|users?|clients?|buyers?|members?|cardholders?|applicants?|team|staff|store|shop)|as (?:the|an?) (?:admin|administrator|owner|seller|merchant|host|organi[sz]er|moderator))\b/i.test(sentence.unit.text);

/**
 * What an order about a community's rules or a form asks the reader to do ("post", "enter", "accept"). Orders to
 * try, see or visit something are enthusiasm, and "don't go" or "don't leave" belong to no-guilt-trip.
 */
const ruleVerb =
  '(?:post|upload|enter|type|fill|provide|accept|agree|read|follow|respect|obey|include|add|attach|choose|select|pick|use|match|contain|confirm|verify|write|submit|send|share|link|spam|flood|set|create|register|complete|answer|remove|delete|edit|tag|quote|specify|insert|reply|respond|report|wait|ask|request|contact|pay|change)';

/** The words stand on their own, as a heading or a one-line error ("Access denied"). */
const wholeLine: Condition = (context) => sentenceStart(context) && followedBy(/^\s*[.!:]?\s*$/)(context);

/**
 * What no-blunt-verdict looks for, strongest first. The principle for "incorrect" and "invalid": a verdict on
 * what the reader typed is flagged when it is shouted (an exclamation mark in the same string) or leaves the
 * reader with no way forward; a bare "Incorrect password" or "Incorrect password. Try again or reset it." passes. "Wrong", "bad",
 * "unacceptable" and "badly formatted" judge the reader's effort itself, so they are flagged wherever they
 * describe the reader's input.
 */
export const verdictPhrases: PhraseEntry<VerdictMessageId>[] = [
  {
    // "Wrong PIN!", "Wrong user name or PIN", "You typed the wrong code". "Picked the wrong date? Change it here." helps.
    messageId: 'wrong',
    pattern: phrase(`(?:(?:the|a) )?(?:wrong ${inputs}|bad (?:password|passcode|pin|username|user ?name|login|credentials)(?: ?(?:/|and/or|and|or) ?${input})?)`),
    unless: anyOf(ownMistake, followedBy(/^\s+(?:format|type)\s+(?:for|of)\b/), helpfulQuestion),
    suggestions: [{ text: "that doesn't match", when: wholeLine }],
  },
  {
    // "The password you typed is wrong", "that password is unacceptable", "Your entry is badly formatted".
    messageId: 'wrong',
    pattern: phrase(
      `${owner}(?: [\\p{L}-]+){0,3}? ${inputs}(?: (?:you|that you) (?:typed|entered|gave|provided|used|chose|submitted)(?: in)?)? ${isWord} (?:(?:simply|just|completely|totally|clearly) )?(?:wrong|bad|unacceptable|badly formatted|malformed|garbage|nonsense|rubbish)`,
    ),
    unless: ownMistake,
  },
  {
    // "Badly formatted email." as an error line.
    messageId: 'wrong',
    pattern: phrase(`badly (?:formatted|formed|written|typed) ${inputs}`),
  },
  {
    // "Invalid entry!", "Incorrect password!", "Invalid e-mail address!" (shouted or with nowhere to go).
    messageId: 'invalid',
    pattern: phrase(`(?:invalid|incorrect) (?:[\\p{L}-]+ )??${inputs}`),
    when: shoutedInSentence,
    unless: ownMistake,
  },
  {
    // "Your input is incorrect", "{email} is not valid!", "That is not a valid username!".
    messageId: 'invalid',
    pattern: phrase(
      `(?:${owner}(?: [\\p{L}-]+){0,3}? ${inputs}|${placeholder}|that|this|it) ${isWord} (?:(?:simply|just|completely|totally|clearly) )?(?:incorrect|invalid|not (?:a )?(?:valid|correct|(?:an )?acceptable)(?: [\\p{L}-]+){0,3})`,
    ),
    when: anyOf(shoutedInSentence, allOf(({ match }) => match.text.toLowerCase().startsWith('your'), noWayForward)),
    unless: ownMistake,
  },
  {
    // Rhetorical doubt about what the reader already did: "Are you sure that was your password?", "Did you make a
    // typo?", "Did you even read…?". Only the mocking forms: "Did you forget your password?", "Are you sure this is
    // the address you want to use?" and "Have you registered yet?" are a reset link, a confirmation and a reminder.
    messageId: 'doubt',
    pattern: phrase(
      "(?:are you (?:really |even )?sure (?:that |it )?(?:was|were|you (?:typed|entered|spelled|wrote|used))|are you (?:really |even )?sure (?:that|it) is(?! (?:what|where|who|how|the \\p{L}+ you)\\b)|did you (?:make a typo|mistype|misspell|even (?:read|look|check|try|bother))|have you (?:even|actually) (?:registered|signed up)|can you (?:even |not )?(?:read|type|spell)|perhaps by you|maybe by you)",
    ),
    when: followedBy(/^[^.!]*\?/),
    extendToClauseEnd: true,
  },
  {
    // "You may politely ask", "please politely refrain": telling the reader how polite to be.
    messageId: 'politely',
    pattern: phrase("(?:you (?:may|can|should|must|could|might|are (?:asked|expected|requested) to)|please|kindly) politely"),
  },
  {
    // "You have been warned", "Consider yourself warned", "This is your last warning".
    messageId: 'warned',
    pattern: phrase("(?:you(?:'ve| have) been warned|consider yourself warned|this is your (?:last|final|only) warning)"),
  },
  {
    // "Stop flooding!", "Stop spamming the forum": an order to stop misbehaving. The verb names the misbehaviour;
    // "Stop being so hard on yourself" and "Stop wasting time on invoices" are encouragement.
    messageId: 'stop',
    pattern: phrase(
      'stop (?:flooding|spamming|trolling|abusing|cheating|harassing|begging|whining|complaining|messing (?:around|about)|fooling around|posting (?:spam|junk|the same))',
    ),
    when: sentenceStart,
    extendToClauseEnd: true,
  },
  {
    // "Do not post links!", "You must enter a username!", "You have to accept the rules!": a shouted order about the
    // rules or a form. "You must try the pasta!" is enthusiasm, and "Don't go!" is no-guilt-trip's. A rule about
    // the reader's own input ("Your new PIN must not match the old one!") is one whatever its verb.
    messageId: 'scolding',
    pattern: phrase(
      `(?:(?:do not|don't|never|you (?:must(?: not|n't)?|have to|are (?:required|not allowed) to))(?= (?:(?:always|ever|only|first|now|also) )?${ruleVerb}\\b)|your (?:[\\p{L}-]+ ){0,2}?must(?: not|n't)?(?= \\p{L}))`,
    ),
    when: allOf(anyOf(sentenceStart, ({ before }) => /[:—–-]\s*$/.test(before)), ({ sentence, match }) => /^[^.?;]*!/.test(sentence.normal.slice(match.end))),
    unless: followedBy(/^\s+(?:worry|hesitate|forget|miss)\b/),
    extendToClauseEnd: true,
    ignoreNegation: true,
  },
  {
    // "The customer must confirm the order": the reader spoken of in the third person, as a case to process.
    messageId: 'thirdPerson',
    pattern: phrase(
      "(?<report>the (?:customer|user|client|buyer|member|account holder|cardholder|applicant))(?='?s? (?:must|shall|should|has to|have to|is (?:required|obliged|requested|expected|not allowed|not permitted) to|will need to|needs to|agrees|acknowledges|accepts)\\b)",
    ),
    when: sentenceStart,
    unless: otherAddressee,
    // "The user must confirm their e-mail" would need "their" changed too.
    suggestions: [{ text: 'you', when: ({ after }) => !/\b(?:they|them|their|theirs|his|her|he|she|themselves|is|has|was|agrees|acknowledges|accepts|needs)\b/.test(after) }],
  },
  {
    // "Access denied!", "Permission denied!": a shouted refusal with nowhere to go. A bare "Access denied" page title,
    // and "Access denied! Ask your administrator for an invite.", pass.
    messageId: 'denied',
    pattern: phrase('(?:access|permission|entry|request|login|log-?in) (?:is |was |has been )?denied'),
    when: allOf(shoutedInSentence, noWayForward),
    suggestions: [{ text: "you don't have access to this page", when: wholeLine }],
  },
  {
    // "Your account is disabled!", "Failed payment!": a status shouted at the reader, with no way forward after it.
    messageId: 'denied',
    pattern: phrase(
      '(?:your|this) (?:account|profile|ip(?: address)?|country|session|card|payment|order|membership|access) (?:is|was|has been) (?:now )?(?:disabled|banned|blocked|suspended|locked|rejected|declined|refused|deactivated|blacklisted)|(?:failed|declined|rejected|refused) (?:payment|login|log-?in|sign-?in|transaction)|(?:payment|login|log-?in|sign-?in|transaction) (?:failed|declined|rejected|refused)',
    ),
    when: allOf(followedBy(/^\s*!/), noWayForward),
  },
  {
    // "You can't do that": a refusal that names nothing and leaves nothing to do. "You're not allowed to view this
    // page" at least says what, so it passes.
    messageId: 'denied',
    pattern: phrase("you (?:can't|cant|cannot) do (?:that|this)"),
    when: allOf(nothingAfter, followedBy(/^[^,;:]*[.!]?\s*$/)),
    ignoreNegation: true,
    extendToClauseEnd: true,
  },
  {
    // "Error: that phone number is already in use!": an ordinary error dressed as an alarm.
    messageId: 'alarm',
    pattern: phrase('(?:warning|error|attention|alert) ?:'),
    // Only on an error about something the reader typed or picked; "Warning: your saved cards will be removed!" is a
    // real warning, and "Attention: the shop is not open on Sunday!" a notice.
    when: allOf(
      sentenceStart,
      followedBy(/^[^.?!;]*\b(?:already|not|n't|no|invalid|incorrect|wrong|must|required|exceeded|failed)\b/),
      followedBy(new RegExp(`^[^.?;!]*\\b${inputs}\\b`)),
      // The label heads the whole message, so an exclamation mark anywhere after it counts.
      ({ sentence, after }) => after.includes('!') || sentence.unit.text.slice(sentence.start + sentence.text.length).includes('!'),
    ),
  },
];
