import { allOf, anyOf, compilePhraseEntries, countsAttempts, expandFragments, followedBy, guardedEntries, guessOpener, noWayForward, nothingAfter, precededBy, sentenceStart, shoutedInSentence } from '../../src/kit/index.js';
import type { Condition, EntryGuard, PhraseEntry } from '../../src/kit/index.js';
import { phraseData } from './phrases.data.js';

// The phrases and rewrites live in phrases.yaml (compiled into phrases.data.ts by `npm run phrases`). Where the
// words are a verdict on the reader (shouted, with nowhere to go, not the writer's own mistake) is code: the
// guards below, by entry id. Patterns run over normalised text: lower case, straight apostrophes.

export type VerdictMessageId = 'wrong' | 'invalid' | 'doubt' | 'politely' | 'scolding' | 'stop' | 'warned' | 'thirdPerson' | 'denied' | 'alarm' | 'fault' | 'judged' | 'labelled' | 'failure' | 'switchedOff';

/** What the reader typed or picked, from the data's fragments: the alarm label is flagged only on an error about it. */
const inputs = expandFragments('{{inputs}}', phraseData.fragments);

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

/** The words stand on their own, as a heading or a one-line error ("Access denied"). */
const wholeLine: Condition = (context) => sentenceStart(context) && followedBy(/^\s*[.!:]?\s*$/)(context);

/** Where an entry's words are a verdict, and when each of its rewrites is offered (by position). */
type Guard = EntryGuard;

const guards: Guard[] = [
  {
    id: 'you-did-wrong',
    unless: anyOf(({ before }) => /\b(?:if|in case|when|whether|whenever)\b[^.!?]*$/.test(before), helpfulQuestion),
  },
  {
    id: 'try-harder',
    unless: ownMistake,
  },
  {
    id: 'shouted-refusal',
    when: allOf(sentenceStart, followedBy(/^\s*!+\s*$/)),
  },
  {
    id: 'you-cannot-shouted',
    when: allOf(({ after }) => /^[^.?;,:]*!/.test(after), noWayForward, nothingAfter),
    // "You cannot vote here yet!" promises a way in.
    unless: ({ sentence, match }) => /\b(?:yet|until|unless|once|after)\b/.test(sentence.normal.slice(match.start).split(/[.?;:]/)[0] ?? ''),
  },
  {
    id: 'content-is-spam',
    unless: ({ before }) => /\b(?:if|think|believe|whether|report|flag)\b[^.!?]*$/.test(before),
  },
  {
    id: 'wrong-input',
    // "Wrong password!" and "You typed the wrong code" pass a verdict; a terse "Wrong password" or "Wrong username or
    // password. Try again." is an error line, which careful editors labelling real catalogues blind keep (15 of 16 such
    // lines in the recent development sets), like "Invalid e-mail address".
    when: anyOf(
      shoutedInSentence,
      ({ match }) => /\p{Lu}/u.test(match.text) && match.text === match.text.toUpperCase(),
      // "Bad password", "bad credentials": "bad" judges the reader's effort itself.
      ({ match }) => /^(?:(?:the|a) )?bad\b/i.test(match.text),
      // "You typed the wrong code": the reader named as the one who typed it; not "Perhaps you entered the wrong code".
      ({ before }) => {
        const named = /\byou(?:'ve| have| had)? (?:\p{L}+ly )?(?:entered|typed|used|gave|given|provided|put|chose|chosen|selected|picked|tried|submitted|sent|input)\b[^.!?;:]*$/u.exec(before);
        return named !== null && !guessOpener.test(before.slice(0, named.index));
      },
    ),
    // "You entered the wrong password too many times": the reason for a lock-out, not a verdict on one entry.
    // "too many bad password attempts" counts attempts; it passes no verdict on one entry.
    unless: anyOf(ownMistake, followedBy(/^\s+(?:format|type)\s+(?:for|of)\b/), helpfulQuestion, ({ after }) => countsAttempts(after), followedBy(/^\s+(?:attempts?|tries|entries|logins?|log-?ins?|sign-?ins?)\b/)),
    suggestionWhen: [wholeLine],
  },
  {
    id: 'input-is-wrong',
    unless: ownMistake,
  },
  {
    id: 'invalid-input-shouted',
    when: shoutedInSentence,
    unless: anyOf(ownMistake, ({ before }) => /\b(?:if|in case|whether|unless)\b[^.!?,;]*$/.test(before)),
  },
  {
    id: 'input-is-invalid',
    when: anyOf(shoutedInSentence, allOf(({ match }) => match.text.toLowerCase().startsWith('your'), noWayForward)),
    // "Your subscription is not valid yet; it starts on Monday" says when.
    // "If this is an invalid login, revoke it": a condition the reader checks, not a verdict.
    unless: anyOf(
      ownMistake,
      followedBy(/^\s+(?:yet|until|before|from)\b/),
      ({ match }) => /\b(?:yet|until|before|from)\b/.test(match.text.toLowerCase()),
      ({ before }) => /\b(?:if|in case|whether|unless)\b[^.!?,;]*$/.test(before),
    ),
  },
  {
    id: 'rhetorical-doubt',
    when: followedBy(/^[^.!]*\?/),
    extendToClauseEnd: true,
  },
  {
    id: 'are-you-lost',
    when: noWayForward,
  },
  {
    id: 'stop-misbehaving',
    when: sentenceStart,
    extendToClauseEnd: true,
  },
  {
    id: 'shouted-order',
    when: allOf(anyOf(sentenceStart, ({ before }) => /[:—–-]\s*$/.test(before)), ({ sentence, match }) => /^[^.?;]*!/.test(sentence.normal.slice(match.end))),
    // "You must wait 5 second(s) to run this command again!": a cooldown that says how long is a fact about when.
    unless: anyOf(
      followedBy(/^\s+(?:worry|hesitate|forget|miss)\b/),
      followedBy(/^\s+wait\b[^.!?]{0,20}?(?:\d+|x{2,}|\{\{?[^}]+\}\}?|\*\*[^*]+\*\*|a few|several|one|two|three|five|ten)\s*(?:seconds?|minutes?|hours?|days?|secs?|mins?|s|m|h)\b/),
    ),
    extendToClauseEnd: true,
  },
  {
    id: 'the-customer-must',
    when: sentenceStart,
    unless: otherAddressee,
    // "The user must confirm their e-mail" would need "their" changed too.
    suggestionWhen: [({ after }) => !/\b(?:they|them|their|theirs|his|her|he|she|themselves|is|has|was|agrees|acknowledges|accepts|needs)\b/.test(after)],
  },
  {
    id: 'ban-dead-end',
    // With a reason ("because", "for", "due to", "until") or a way forward after it, the ban informs.
    when: allOf(noWayForward, ({ sentence, match }) => !/^[^.!?;]*\b(?:because|for|due to|until|since|as a result|after (?:multiple|several|repeated|too many|\d+))\b/.test(sentence.normal.slice(match.end))),
    unless: ownMistake,
  },
  {
    id: 'unauthorized-access',
    // A heading or a one-line error; "we noticed an unauthorized access attempt" reports a danger to the reader.
    when: allOf(sentenceStart, noWayForward),
    suggestionWhen: [wholeLine],
  },
  {
    id: 'not-good-enough',
    unless: anyOf(({ before }) => /\b(?:if|in case|when|whether|worry|even)\b[^.!?]*$/.test(before), ownMistake),
  },
  {
    id: 'whoa-there',
    // A bare "Slow down!" or "Slow down." scolds a reader who clicked or posted too fast ("Slow down. Click slower.");
    // "Slow down." in a meditation is advice.
    when: allOf(sentenceStart, ({ sentence, match }) => !/^(?:please,? )?slow down$/i.test(match.text) || /\b(?:slower|too (?:fast|quickly|much|often|many)|clicking|posting|spamming|requests?|attempts?)\b/i.test(sentence.unit.text)),
    // "Slow down! You're too fast for the timer — nice work!" is praise.
    unless: ({ sentence }) => /\b(?:nice|great|good) (?:work|job)\b|\bwell done\b/i.test(sentence.unit.text),
  },
  {
    id: 'we-dont-tolerate',
    when: shoutedInSentence,
  },
  {
    // "You have been warned by a moderator for spam", "You have been warned in Cozy Corner", "You have been warned.
    // Reason: spam": who warned, where and why, a record, not a threat.
    id: 'you-have-been-warned',
    unless: anyOf(
      followedBy(/^\s+(?:by|for|about|because|from)\b|^[.!:]*\s*(?:reasons?|warned by|moderator|by)\s*:/i),
      // Where: "in Cozy Corner", "on {{server}}", "in the chat". Not "in the past", "on several occasions", "at least twice".
      ({ sentence, match }) =>
        /^\s+(?:in|on|at)\s+(?:\p{Lu}|[{%$[<]|x{2,}|the (?:server|chat|channel|group|guild|room|forum|game|lobby|community|discord))/u.test(sentence.text.slice(match.end)),
      ({ sentence }) => /^\s*(?:reasons?|warned by|moderator)\s*:/i.test(sentence.unit.text.slice(sentence.start + sentence.text.length)),
    ),
  },
  {
    id: 'misconduct-detected',
    // The verdict itself, not a count or a report to staff ("3 spam comments detected", "Notification - Spam detected").
    unless: anyOf(
      precededBy(/\b(?:notification|alert|report|reports|log|admin|moderator|moderation|no|zero|\d+)\b[^.!?]*$/i),
      ({ sentence }) => /\b(?:notification|admin alert|moderation queue)\b/i.test(sentence.unit.label ?? ''),
    ),
  },
  {
    id: 'input-error-shouted',
    // Like its siblings: shouted with nowhere to go ("Password too short! Use at least 8 characters." informs).
    when: allOf(shoutedInSentence, noWayForward),
    unless: ownMistake,
  },
  {
    id: 'do-not-again',
    unless: ownMistake,
  },
  {
    id: 'you-look-like-a-bot',
    unless: anyOf(({ before }) => /\b(?:if|in case|when|whether|unless)\b[^.!?]*$/.test(before), followedBy(/^[^.!]*\?/)),
  },
  {
    id: 'access-denied',
    // Shouted, or dressed as an error ("Error: Access denied."), with nowhere to go.
    when: allOf(anyOf(shoutedInSentence, precededBy(/\berror\s*[:!-]\s*$/)), noWayForward),
    suggestionWhen: [wholeLine],
  },
  {
    id: 'failure-shouted',
    // The failure is the whole string, a toast or an error line: no way forward in it, nothing before or after it.
    when: allOf(sentenceStart, noWayForward, ({ sentence }) => sentence.unit.kind !== 'heading' && sentence.unit.text.trim() === sentence.text.trim()),
  },
  {
    id: 'status-shouted',
    // "This code has expired! We've sent you a new one." The writer already put it right.
    // "Sorry, access to this profile is denied!": the sentence opens with an apology.
    unless: anyOf(
      ({ sentence }) => /\bwe(?:'ve| have| will|'ll)? (?:sent|send|emailed|resent|reset|unlocked)\b/.test(sentence.unit.text.toLowerCase().replace(/’/g, "'")),
      ({ before }) => /^\W*(?:(?:we're|we are|i'm|i am) )?(?:so |very |really |truly )?sorry\b[^.!?]*$/.test(before),
    ),
    // "Your account is disabled!", "Your country is banned from this server!": the mark ends the status's own clause.
    when: allOf(followedBy(/^[^.?!;,:]{0,40}!/), noWayForward),
  },
  {
    id: 'telling-off',
    // "Follow the rules and upload a new one!" scolds after a refusal; "Welcome! Follow our guidelines and say hi!" is a
    // greeting.
    unless: ({ sentence, match }) =>
      /^(?:follow|respect|obey|read)\b/.test(match.text.toLowerCase()) &&
      !/\b(?:rejected|removed|declined|denied|refused|banned|blocked|muted|warned|warning|violat\w*|didn't pass|did not pass|not allowed)\b/.test(sentence.unit.text.toLowerCase().replace(/’/g, "'")),
  },
  {
    id: 'decision-final',
    // Only where the reader was shut out: "banned … This decision is final". A job refusal that is final is a courtesy.
    when: ({ sentence }) => {
      const unit = sentence.unit.text.toLowerCase().replace(/’/g, "'");
      return (
        /\b(?:(?:you|your account|your profile|this account|this profile|this user|you've|you're)(?: (?:have|has|are|is|were|was))?(?: been)?(?: (?:permanently|temporarily|now))? (?:banned|blocked|suspended|terminated|kicked|expelled)|decided to (?:block|ban|suspend|terminate|remove) you|(?:kicked|banned|blocked|removed) you|ban you)\b/.test(unit) &&
        !/\b(?:lifted|unbanned|reinstated|restored|no longer (?:banned|suspended|blocked))\b/.test(unit)
      );
    },
  },
  {
    id: 'you-cant-do-that',
    when: allOf(nothingAfter, followedBy(/^[^,;:]*[.!]?\s*$/)),
    extendToClauseEnd: true,
  },
  {
    id: 'alarm-label',
    when: allOf(
      sentenceStart,
      followedBy(/^[^.?!;]*\b(?:already|not|n't|no|invalid|incorrect|wrong|must|required|exceeded|failed)\b/),
      followedBy(new RegExp(`^[^.?;!]*\\b${inputs}\\b`)),
      // The label heads the whole message, so an exclamation mark anywhere after it counts.
      ({ sentence, after }) => after.includes('!') || sentence.unit.text.slice(sentence.start + sentence.text.length).includes('!'),
    ),
  },
];

/** What no-blunt-verdict looks for, strongest first: an earlier entry wins when two cover the same words. */
export const verdictPhrases: PhraseEntry<VerdictMessageId>[] = guardedEntries<VerdictMessageId>(
  compilePhraseEntries<VerdictMessageId>(phraseData, 'wrong'),
  guards,
  'rules/no-blunt-verdict/phrases.ts',
);
