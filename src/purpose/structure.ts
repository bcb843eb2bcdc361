import type { Sentence } from '../types.js';
import { findPhrases, phrase } from '../linter/phrases.js';
import type { ProblemKind } from './signals.js';

/**
 * How a problem is mentioned, read from the sentence's structure rather than from a list of sentences: whether
 * it happened to the reader (a statement about their account, in the past or present) or is only a case a help
 * page describes (a condition, a question, a possibility, a general habit, an item in a list of topics).
 */

/** A conditional that makes what follows a case, not an event: "if", "in case", "in the event of", "whenever". */
const conditional = /(?:^|[^\p{L}'])(?:if|in case|in the event(?: of| that)?|should|whether|when|whenever|once|unless|suppose|supposing|what if|what happens|any time|every time|each time)(?![\p{L}'])/u;
/**
 * A modal, a habit, a mere possibility or a precaution: "can be delayed", "may be suspended", "sometimes fails",
 * "investigate potential network issues", "measures in place to protect against unauthorised access". "May have"
 * is a past event, kept.
 */
const possibility = /(?:^|[^\p{L}'])(?:(?:can|could|may|might|would)(?![\p{L}'])(?!\s+(?:not|have|never)\b)|sometimes|occasionally|often|usually|typically|generally|rarely|from time to time|potential|possible|prevent|prevents|protect|protects|guard|guards|against|avoid|avoids)(?![\p{L}'])/u;
/** Where one clause ends and the next begins. */
const clauseBoundary = /[,;:—–()]|\s-\s/g;
/** A word that makes a clause a statement with a verb ("was declined", "has been revoked", "failed"). */
const finiteVerb = /(?:^|[^\p{L}'])(?:is|are|was|were|has|have|had|been|be|will|won't|did|didn't|could|couldn't|can't|cannot|failed|went|got|may|might)(?![\p{L}'])/u;

/** The clause of `sentence` that holds `offset`: from the last clause boundary before it. */
function clauseStart(text: string, offset: number): number {
  let start = 0;
  for (const match of text.slice(0, offset).matchAll(clauseBoundary)) start = match.index + match[0].length;
  return start;
}

/**
 * True when the mention at `start` is a case rather than an event: the sentence is a question ("Why was my card
 * declined?"), or its clause opens with a condition ("if there is an outage", "in case your payment fails") or
 * speaks of a possibility or a habit ("can be delayed", "sometimes a delivery is late").
 */
export function isHypothetical(sentence: Sentence, start: number): boolean {
  if (/\?["'”’)\]]*\s*$/.test(sentence.text)) return true;
  const from = clauseStart(sentence.normal, start);
  // "May" with a capital inside a sentence is the month ("on Friday 9 May"), not the modal.
  const before = sentence.normal.slice(from, start).replace(/may/g, (word, at: number) => (sentence.text.slice(from + at, from + at + 3) === 'May' && from + at > 0 ? 'mai' : word));
  // A condition may also open the sentence, before a comma: "If your card is declined, your plan is paused".
  const opening = sentence.normal.slice(0, start);
  // A modal governs its own clause only: in "we would like to tell you that your account was suspended" the
  // event follows "that".
  // The last opener, found in one pass: a look-ahead for "no opener after this one" made long sentences cubic.
  let lastOpener = -1;
  for (const match of before.matchAll(/(?:^|\s)(?:that|because|but|so|and)(?=\s)/g)) lastOpener = match.index;
  const ownClause = before.slice(lastOpener + 1);
  return conditional.test(before) || possibility.test(ownClause.replace(/\b(?:would|should) (?:like|love|want) to\b/g, '')) || /^\s*(?:if|in case|in the event|unless|should|whenever)\b[^.]*$/.test(opening);
}

/** A list marker opening a line: "- ", "* ", "• ", "2. ". */
const listMarker = /^[ \t>]*(?:[-*+•▪‣◦]|\d{1,3}[.)])[ \t]+/;

/** True when the sentence is a bullet list item, in plain text, Markdown or HTML `<li>`. */
export function isListItem(sentence: Sentence, source: string | undefined): boolean {
  const { unit } = sentence;
  const lineStart = unit.text.lastIndexOf('\n', sentence.start - 1) + 1;
  if (listMarker.test(unit.text.slice(lineStart, sentence.start + 1)) || listMarker.test(sentence.text)) return true;
  if (source === undefined) return false;
  const first = unit.offsets[0];
  if (first === undefined) return false;
  const sourceLineStart = source.lastIndexOf('\n', first - 1) + 1;
  if (listMarker.test(source.slice(sourceLineStart, first + 1))) return true;
  return /<li\b[^>]*>\s*(?:<(?!\/)[^>]*>\s*)*$/i.test(source.slice(Math.max(0, first - 300), first));
}

/**
 * True when the mention is an item in a list of topics with no verb of its own: “you can manage invoices, price
 * increases and refunds”, “Read about: - Price increases - Refunds”. A list of events (“your card was declined,
 * your plan is paused”) has verbs and stays an event.
 */
export function isListTopic(sentence: Sentence, start: number, end: number, source: string | undefined): boolean {
  const text = sentence.normal;
  if (isListItem(sentence, source)) {
    const words = sentence.words.length;
    return words <= 5 && !finiteVerb.test(text);
  }
  const commas = (text.match(/,/g) ?? []).length;
  const colonBefore = text.lastIndexOf(':', start) !== -1;
  if (commas < 2 && !(colonBefore && commas >= 1)) return false;
  // The item: from the last comma or colon before the match to the next comma, "and", "or" or the end.
  const from = Math.max(text.lastIndexOf(',', start), text.lastIndexOf(':', start)) + 1;
  const rest = text.slice(end);
  const stop = rest.search(/,|;|\.|\s(?:and|or)\s/);
  const item = text.slice(from, stop === -1 ? text.length : end + stop);
  return !finiteVerb.test(item) && item.trim().split(/\s+/).length <= 5;
}

/** Things whose failure is a problem for the reader, grouped by the kind of problem a failure of each makes. */
const payments = 'payment|payments|charge|renewal|transaction|card|direct debit|debit|top-up|instalment|installment';
const access = 'account|access|membership|enrolment|enrollment|profile|key|keys|api key|api keys|token|tokens|licen[cs]e|permission|permissions|login|sign-in|listing|store|shop|page|channel|seller account|extension|workspace';
const bills = 'invoice|invoices|bill|balance|rent|fee|fees|premium|subscription';
const orders = 'order|orders|parcel|package|delivery|shipment|refund|return|claim|application';
const content = 'video|videos|post|posts|comment|comments|thread|topic|reply|listing|ad|advert|advertisement|review|stream|livestream|article|story|question|answer|image|photo|upload';
const services = 'backup|backups|sync|upload|import|export|build|deployment|deploy|job|migration|transfer|withdrawal|payout|verification|identity|certificate|domain|integration|webhook|connection|submission|document|documents|request|photos?|files?|data';

const failure = {
  payment: 'failed|unsuccessful|not successful|declined|rejected|refused|not (be )?processed|bounced|returned unpaid',
  access: 'revoked|suspended|locked|blocked|disabled|deactivated|terminated|restricted|frozen|closed|on hold|put on hold|banned|removed|taken down|expired|invalidated',
  debt: 'overdue|past due|unpaid|in arrears',
  held: 'on hold|put on hold|stuck|held up|not (be )?processed|not (be )?completed',
  broken: 'failed|unsuccessful|not successful|interrupted|corrupted|lost|rejected|declined|refused|expired|stopped|not (be )?processed|not (be )?completed|not (be )?verified|revoked|deleted',
};

/** "is", "was", "has been", "could not be", with an adverb allowed before the state. */
const auxiliary = "(is|are|was|were|has been|have been|had been|has|have|got|is now|are now|could not be|couldn't be|cannot be|can't be|was not|wasn't|were not|weren't|has not been|hasn't been|have not been|haven't been)( now| currently| unfortunately| temporarily| permanently| automatically| just)?";

/**
 * A thing of the reader's, then (within a few words) its state: "your renewal on 4 March was unsuccessful". Not through
 * a modal: "the page you are looking for might have been removed" is a guess, not a notice.
 */
const stateOf = (nouns: string, states: string) => phrase(`(${nouns})( (?!(?:might|may|could|would|should|must)\\b)[^ .,;:!?]+){0,5}? ${auxiliary} (${states})`);

/** A thing of the reader's, then an outcome that did not happen: "your withdrawal could not be processed". */
const notDone = (nouns: string) =>
  phrase(`(${nouns})( [^ .,;:!?]+){0,5}? (could not be|couldn't be|cannot be|can't be|was not|wasn't|were not|weren't|has not been|hasn't been|have not been|haven't been) (processed|completed|verified|approved|accepted|renewed|confirmed|authori[sz]ed)`);

/**
 * Who took content down, or why: "by the moderators", "for violating our rules", "due to", "on account of abuse
 * reports". A removal needs one ("Your photo has been deleted" alone confirms the reader's own action, and so does
 * "following your request").
 */
const removalReason =
  "(by (a |an |the |our |one of (our|the) )?(moderators?|moderation( team)?|admins?|administrators?|staff|community( team)?)|for (violating|breaking|breaching|a breach|spam|a violation)|due to|because (it|they|of)|on account of|as a result of|following(?! (?:your|a|the) (?:own )?request))";

/** Problem events found by structure, with the kind they make (undefined: a problem of another kind). */
export const structuralSignals: { pattern: RegExp; kind: ProblemKind | undefined }[] = [
  { pattern: stateOf(bills, failure.debt), kind: 'debt' },
  { pattern: phrase(`(${bills}|${payments}) (${failure.debt})`), kind: 'debt' },
  { pattern: stateOf(payments, failure.payment), kind: 'failed-payment' },
  { pattern: stateOf(access, failure.access.replace('|expired|invalidated', '')), kind: 'suspension' },
  // An account or a membership expired is access gone; a token, a key or a sign-in link that expired is a step to
  // take again ("Your token is expired! Log in again").
  { pattern: stateOf(access.replace('|key|keys|api key|api keys|token|tokens', '').replace('|login|sign-in', ''), 'expired|invalidated'), kind: 'suspension' },
  // "Your subscription has expired", "your licence has lapsed": the access it gave is gone. Not a trial that ended, which
  // ran its stated course: of 29 trial-end notices in the development sets, blind editors called 25 fine.
  { pattern: stateOf('subscription|membership|(?<!trial )plan|licen[cs]e', 'expired|ended|lapsed'), kind: 'suspension' },
  // "The workspace has been deleted by Sam": the reader's work, gone.
  { pattern: stateOf('workspace|repository', 'deleted|wiped'), kind: undefined },
  // "Your video has been blocked by the moderators", "your post was removed for breaking rule 3": the reader's
  // content taken down. A removal needs its actor or reason: "Your photo has been deleted" alone confirms the reader's
  // own action.
  { pattern: phrase(`(?<!\\b(?:on|about|in|to|of|for|from|under|with) )(your|the|this) ([^ .,;:!?]+ )?(${content}|group|channel|page)( [^ .,;:!?]+){0,5}? ${auxiliary} (blocked|taken down|hidden|unpublished|rejected|banned|suspended|disabled|flagged as spam|marked as spam)`), kind: 'content-removed' },
  // "…did not comply with our community guidelines, and so the comment has been removed": the reason first.
  {
    pattern: phrase(`(violat[^ ]*|breach[^ ]*|did not comply|didn't comply|against our [^ ]+|broke|breaks|breaking)( [^.!?]{0,80}?)? (your|the|this) ([^ .,;:!?]+ )?(${content})( [^ .,;:!?]+){0,3}? ${auxiliary} (removed|deleted)`),
    kind: 'content-removed',
  },
  {
    pattern: phrase(`(?<!\\b(?:on|about|in|to|of|for|from|under|with) )(your|the|this) ([^ .,;:!?]+ )?(${content})( [^ .,;:!?]+){0,5}? ${auxiliary} (removed|deleted)( [^.!?]{0,40}?)? ${removalReason}`),
    kind: 'content-removed',
  },
  // "One of the answers you posted has been removed on account of abuse reports": the reader's content named by what
  // they did with it, then taken down, with a reason or an actor.
  {
    pattern: phrase(`(that |which )?you (posted|submitted|uploaded|shared|wrote|published)( [^.!?]{0,60}?)? (has|have) been (removed|deleted|taken down|hidden|unpublished)( [^.!?]{0,40}?)? ${removalReason}`),
    kind: 'content-removed',
  },
  // "Your photo has been reviewed by an administrator and rejected as unsuitable": judged, then refused.
  {
    pattern: phrase(`(your|the|this) ([^ .,;:!?]+ )?(${content}|submission|entry) ${auxiliary} (reviewed|checked|moderated|assessed|examined)( [^.!?]{0,40}?)? and (rejected|removed|declined|refused|deleted|taken down)`),
    kind: 'content-removed',
  },
  // The reader's thing named at length before its state: "Your API key k-19 used by the subscription to plan Gold for
  // API Maps and application Fleet has been revoked", "your extension for the assignment Essay 2 for module EN101 has
  // been revoked". Only "your", and no verb or clause opener in between.
  {
    pattern: phrase(
      `your (${access.replace('|page|channel', '')}|extension|extensions)( (?!(?:is|are|was|were|has|have|had|will|won't|can|cannot|can't|may|might|could|would|should|must|that|which|who|whose|if|when|once|unless|but|or)\\b)[^ .;:!?]+){6,16}? (has been|have been|was|were|had been|is now|are now)( now| permanently| temporarily| automatically)? (revoked|suspended|terminated|deactivated|disabled|blocked|banned|cancell?ed|withdrawn)`,
    ),
    kind: 'suspension',
  },
  // Someone acted on the reader's thing, in the active voice: "Acme has suspended your application for the API", "the
  // admin revoked your API keys". Not the reader's own act ("you have disabled your notifications").
  {
    pattern: phrase(`(?<!\\b(?:you|i)(?:'ve| have| had)?(?: (?:now|just|temporarily|permanently|already|successfully|also))? )(?:(?:has|have|had)( now| just| temporarily| permanently)? )?(suspended|revoked|blocked|banned|deactivated|disabled|terminated|locked|frozen) (your|all your|all of your) ([^ .,;:!?]+ ){0,2}?(${access}|keys|api keys|tokens|application|applications|app|apps|subscription|subscriptions|licen[cs]es|accounts)`),
    kind: 'suspension',
  },
  // "Chef Bob has rejected all the food items from his side", "the host declined your booking", "Acme rejected the order
  // you made": the reader's order or booking refused by someone. Not the reader's own refusal ("you have declined the
  // order"), nor a case ("if the host declines your booking").
  {
    pattern: phrase(
      `(?<!\\b(?:you|i|we|if|when|once|to)(?:'ve| have| had)?(?: (?:now|just|already|also))? )(?:(?:has|have|had) )?(just )?(rejected|declined|refused|turned down) (?:(your|all your|all of your|all the|all of the) ([^ .,;:!?]+ ){0,4}?(order|orders|items|item|booking|bookings|reservation|reservations|appointment|appointments|enrolment|enrollment|registration|application|request|submission|proposal|claim|appeal)|the (order|booking|reservation|request|application|appointment) you (made|placed|submitted|sent|booked))`,
    ),
    kind: 'refund-denied',
  },
  { pattern: stateOf(orders, failure.held), kind: 'delay' },
  { pattern: stateOf(services, failure.broken), kind: undefined },
  // "Your withdrawal could not be processed", "the payment was not approved": a negated outcome.
  { pattern: notDone(payments), kind: 'failed-payment' },
  { pattern: notDone(`${orders}|${services}|${access}`), kind: undefined },
  // "Last night's backup failed", "sync failed": a thing, then "failed" as its verb.
  { pattern: phrase(`(${services}) failed`), kind: undefined },
  // "We were unable to verify your identity": anything the sender tried for the reader and could not do.
  {
    pattern: phrase("(we|we've|we have|we had) (were |was |have been |had been |'ve been )?(unable to|not able to)|(we|we've|we have) (weren't|were not|haven't been|have not been) able to|(we|we've|we have) (could not|couldn't|did not manage to|didn't manage to) (?!be )[^ .,;:!?]+"),
    kind: undefined,
  },
];

/** Structural problem events in a sentence, with offsets into its text. */
export function findStructuralSignals(sentence: Sentence): { start: number; end: number; kind: ProblemKind | undefined }[] {
  const found: { start: number; end: number; kind: ProblemKind | undefined }[] = [];
  for (const { pattern, kind } of structuralSignals) {
    for (const match of findPhrases(sentence, pattern)) {
      if (found.some((other) => other.start < match.end && match.start < other.end)) continue;
      found.push({ start: match.start, end: match.end, kind });
    }
  }
  return found;
}
