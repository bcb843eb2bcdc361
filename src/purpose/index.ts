import type { PurposeAnalysis, Sentence } from '../types.js';
import { findPhrases, phrase } from '../linter/phrases.js';
import { isQuoted } from '../linter/context.js';
import { problemSignals, purposeSignals } from './signals.js';
import { problemKinds, type ProblemKind, type PurposeType } from './names.js';
import { findStructuralSignals, isHypothetical, isListTopic } from './structure.js';
import { mistakeAllowed } from '../linter/entries.js';

export { parsePurposeName, problemKinds, purposeNames, purposeTypes, type MessagePurpose, type ProblemKind, type PurposeType } from './names.js';
export type { PurposeAnalysis } from '../types.js';

const hypothetical = /(?:^|[,;:] )(?:if|in case|should|whether|when|once|unless)\b[^.]*$|\b(?:possibility|risk|chance|likelihood) of (?:[^ ]+ ){0,3}$|(?<!\bdespite (?:[^ ,;]+ ){0,4})\b(?:prevent|prevents|preventing|protect|protects|protecting|guard|guards|guarding|safeguard|safeguards|minimi[sz]e|minimi[sz]es|minimi[sz]ing) (?:[^ ,;]+ ){0,4}$/;
const negated = /\b(?:no|not|without|zero|never|any|free of|isn't|aren't|wasn't|weren't)\s+(?:[\p{L}'-]+,?\s+){0,2}(?:(?:or|nor)\s+(?:[\p{L}'-]+\s+)?)?$/u;
const userInitiated =
  /\b(?:you(?:'ve| have)? (?:cancell?ed|asked|requested)|as (?:you )?requested|at your request|your request (?:to cancel|for (?:a )?cancell?ation)|your cancell?ation request|as you asked|(?:since|because|as|now that) you(?:'ve| have)? (?:upgraded|downgraded|switched|moved|changed plans?))\b/;
/**
 * "Your order has been cancelled successfully": the reader's own cancellation confirmed (in the development sets, 22 of
 * 23 messages that say so were confirmations that editors keep), unless the message gives a cancellation a reason of
 * the sender's ("…cancelled because the venue closed").
 */
const cancelledSuccessfully = /\b(?:cancell?ed successfully|successfully cancell?ed)\b/;
const cancelledForReason = /\bcancell?ed\b[^.!?]*\b(?:because|due to|as a result of|owing to|since)\b/;
/**
 * The reader closed it themselves ("You cancelled your account a while ago, and it will be deactivated on 3 May"), or
 * the message confirms the closing as done ("This is to confirm that your account has been permanently deleted").
 */
const closedByReader =
  /\b(?:you(?:'ve| have)? (?:cancell?ed|closed|deleted|deactivated|paused)|your request to (?:cancel|close|delete|deactivate|pause)|at your request|as (?:you )?requested)\b|\b(?:this is to confirm|this is (?:a |your |just a )?confirmation|this (?:e-?mail|message) confirms|(?:we|we're|we are) (?:writing to )?confirm(?:ing)?|we can confirm) that your [^.!?]{0,60}(?:has been|have been|was|were|is now|are now) (?:permanently )?(?:deleted|closed|cancell?ed|deactivated|removed)\b/;
/**
 * A disclaimer that the reader may well have done it themselves: "If you didn't request this cancellation, contact
 * us", "If you didn't intend to do this", "If this was a mistake, you can return to your cart". Not a reader who
 * contests the sender's act ("If you believe this was a mistake"): that one has no "if" before "this".
 */
const readerMayHaveDone =
  /\bif you (?:did not|didn't) (?:request|intend|mean|make|ask for|initiate|authori[sz]e)\b|\bif (?:this|that|it) (?:was not|wasn't) you\b|\bif you (?:were not|weren't|are not|aren't) expecting\b|\bif (?:this|that) was (?:a mistake|an error|(?:done )?by mistake|unintentional|not intended)\b/;
/** Anywhere in a message, a cancellation the reader can take back was theirs ("If you change your mind, renew anytime"). */
const readerChoice = /\b(?:(?:if|should|in case|when) you (?:ever )?change your mind|(?:you've|you have|you) changed your mind)\b/;

/**
 * The problem is someone else's, told to staff: "A subscription payment has failed for customer Jo Lee", "Ride is
 * cancelled by customer". The reader is not the one it happened to.
 */
const otherParty = /^ (?:(?:for|by|of) (?:the |a |an |this |your )?(?:customer|client|user|member|buyer|subscriber|guest|patient|student|vendor|seller|rider|passenger)s?\b(?!\s+(?:service|services|support|care|success|policy|policies|agreement|terms|guidelines|rules|conduct|experience|team|portal|account|accounts|data|reports?|complaints?|requests?)\b)|at (?:the )?(?:customer|client|user|buyer|guest)(?:'s|s'|s)? request\b)/;
/** A change that was itself bad news, called off: "this operation has been cancelled", the deletion was cancelled. */
const calledOff = /\b(?:deletion|removal|closure|suspension|termination|deactivation|downgrade|ban)s? (?:of your [^ .]+ )?(?:has been |have been |was |were |is |is now )?(?:cancell?ed|called off|stopped|reversed|lifted)\b|\bpending (?:deletion|removal|closure)\b[^.!?]*\b(?:cancell?ed|called off|stopped)\b/;

/**
 * A stock alert to the one who restocks: "Low Stock Alert", "the following product may need restocking soon", "Reorder
 * level", "Update stock". Running out is their own shop's news, not a problem that befell them as a customer.
 */
const stockAlert =
  /\b(?:low[- ]stock (?:alert|digest|report|notification|warning|reminder|summary)|(?:stock|inventory) (?:report|digest|summary)|(?:needs?|may need|might need|requires?) (?:restocking|to be restocked|a restock)|reorder (?:level|lvl|point|quantity)|stock (?:remaining|count|level)s?:)|^\W*update (?:the )?stock\b/;
/**
 * An alert from a monitoring tool about the reader's own site or server: "Uptime monitor example.com is DOWN", "Your
 * monitor Shop API recovered", "SLA breach". The outage is the reader's, reported to them; the sender did not cause it.
 */
const monitorAlert =
  /\b(?:(?:your|the|this|each|every|uptime|http|https|ping|keyword|cron|heartbeat|port|ssl) monitors?\b(?! (?:the|our|your|this|it|them|closely|progress|page|pages|dashboard|tab|settings|did|didn't|were|was not|could)\b)|monitors? (?:name|url|recovered|is (?:down|up|back)|was down|went down|alert|details|status)\b|sla (?:breach|violation) (?:detected|alert)|uptime (?:alert|check))/;
/** The sender owns the outage: "Due to an outage on our side", "our servers were down". */
const ownOutage = /\b(?:on our (?:side|end)|our (?:own )?(?:outage|incident|servers?|systems?|platform|infrastructure|service|network)|we (?:had|experienced|are experiencing|were experiencing) (?:an? )?(?:outage|incident|issue|problem|disruption))\b/;
/** The thing the reader waited for is back ("X is back in stock", "now available again", "has been restocked"). */
const backInStock = /\b(?:(?:is|are) (?:now )?back in stock|back in stock now|(?:is|are) (?:now )?available again|(?:has|have) been restocked|(?:is|are) restocked)\b/;

/**
 * A way to contest the act, which says the sender did it: "If you believe this was a mistake, please contact your
 * administrator", "you can appeal this decision".
 */
const contested = new RegExp(`${mistakeAllowed.source}|\\b(?:you can|you may|how to|to) (?:appeal|contest|dispute) (?:this|the|our) (?:decision|removal|deletion|closure)\\b`);
/** The reader's account gone, with no reason given: a problem only when the message lets them contest it. */
const accountGone = phrase('(account|profile|membership)( [^ .]+){0,3} (has been|have been|was|is now) (permanently )?(deleted|removed|closed)');

/** The question of a confirmation dialog: "Are you sure you want to continue?", "Do you want to proceed?". */
const confirmationQuestion = /^\W*(?:are you sure(?: that)? you (?:want|wish|would like) to|do you (?:still |really )?(?:want|wish) to|would you (?:still )?like to) (?:continue|proceed|go ahead|do this|save|apply|carry on|continue anyway|proceed anyway)\s*\?\s*$/;

/** Weight of a sentence's signals: the subject, preheader and headings say most about a message's purpose. */
function weightOf(sentence: Sentence): number {
  const kind = sentence.unit.kind;
  if (kind === 'subject' || kind === 'preheader' || kind === 'heading') return 2;
  return sentence.unitIndex < 4 ? 1.5 : 1;
}

/**
 * Infer what a message is for from its sentences. A problem notice needs at least one clear problem signal
 * that is neither negated ("no downtime") nor hypothetical ("if your payment fails"), and must not be
 * outweighed by another purpose; otherwise the strongest other purpose wins, or `general`.
 */
export function inferPurpose(sentences: readonly Sentence[], source?: string): PurposeAnalysis {
  const problemScores = new Map<ProblemKind | 'other', number>();
  let evidence: PurposeAnalysis['evidence'];
  let evidenceWeight = 0;
  const otherScores = new Map<PurposeType, number>();
  /** Count a problem signal, and keep the weightiest as the evidence. */
  const countProblem = (kind: ProblemKind | 'other', sentence: Sentence, match: { start: number; end: number }, weight: number) => {
    problemScores.set(kind, (problemScores.get(kind) ?? 0) + weight);
    if (weight > evidenceWeight || evidence === undefined) {
      evidence = { sentence, start: match.start, end: match.end };
      evidenceWeight = weight;
    }
  };
  /** Sentences where a listed signal counted: structure adds nothing there. */
  const named = new Set<Sentence>();

  // The reader's own choice anywhere in the message: the subject line "Booking cancelled" over "You have cancelled
  // your booking" confirms what they did.
  const chosen =
    sentences.some((sentence) => readerChoice.test(sentence.normal) || userInitiated.test(sentence.normal) || calledOff.test(sentence.normal)) ||
    (sentences.some((sentence) => cancelledSuccessfully.test(sentence.normal)) && !sentences.some((sentence) => cancelledForReason.test(sentence.normal)));
  const mayHaveDone = sentences.some((sentence) => readerMayHaveDone.test(sentence.normal));
  const closed = mayHaveDone || sentences.some((sentence) => closedByReader.test(sentence.normal));
  const restocked = sentences.some((sentence) => backInStock.test(sentence.normal) || stockAlert.test(sentence.normal));
  const monitored = sentences.some((sentence) => monitorAlert.test(sentence.normal)) && !sentences.some((sentence) => ownOutage.test(sentence.normal));
  // "This will cause the campaign to be deactivated… Are you sure you want to continue?": a dialog that warns of what
  // a choice not yet made would do. Its consequences are not events.
  const confirming = sentences.some((sentence) => confirmationQuestion.test(sentence.normal));
  for (const sentence of sentences) {
    const weight = weightOf(sentence);
    // Only the consequences to come: what has already happened ("has been cancelled") is still an event.
    if (confirming && /\b(?:will|won't|would|wouldn't|can't be undone|cannot be undone)\b/.test(sentence.normal) && !/\b(?:(?:has|have|had) been|was|were)\b[^.!?]*\b(?:will|won't|would|wouldn't)\b/.test(sentence.normal)) continue;
    for (const kind of problemKinds) {
      // Two patterns of one kind matching the same words count once.
      const counted: { start: number; end: number }[] = [];
      for (const pattern of problemSignals[kind]) {
        for (const match of findPhrases(sentence, pattern)) {
          if (counted.some((range) => range.start < match.end && match.start < range.end)) continue;
          const before = sentence.normal.slice(0, match.start);
          if (negated.test(before) || hypothetical.test(before) || isHypothetical(sentence, match.start)) continue;
          // A topic in a list (“you can manage: price increases, refunds”) is not an event.
          if (isListTopic(sentence, match.start, match.end, source)) continue;
          // A customer's review or a quoted line ("it sold out in a day!") describes the past, not the reader's problem.
          if (isQuoted(sentence, match.start, match.end) || otherParty.test(sentence.normal.slice(match.end))) continue;
          if (kind === 'cancellation' && (chosen || closed)) continue;
          // An account the reader closed, then deactivated or paused as they asked, is their own choice carried out.
          if (kind === 'suspension' && closed) continue;
          // "X is now back in stock. You registered interest in an out-of-stock product": the good news, not the problem.
          // Nor a stock alert to the shop's owner ("Low Stock Alert: Walnut Desk has 2 left. Update stock").
          if (kind === 'out-of-stock' && restocked) continue;
          if (kind === 'outage' && monitored) continue;
          counted.push(match);
          named.add(sentence);
          countProblem(kind, sentence, match, weight);
        }
      }
    }
    // Events read from structure: a thing of the reader's and its state ("your renewal was unsuccessful",
    // "your API key has been revoked", "the backup failed", "we were unable to verify").
    for (const match of findStructuralSignals(sentence)) {
      const before = sentence.normal.slice(0, match.start);
      if (negated.test(before) || isHypothetical(sentence, match.start) || isListTopic(sentence, match.start, match.end, source)) continue;
      if (isQuoted(sentence, match.start, match.end) || otherParty.test(sentence.normal.slice(match.end))) continue;
      const kind = match.kind ?? 'other';
      if (kind === 'suspension' && closed) continue;
      // Once per sentence, and only where no listed signal already named the problem.
      if (named.has(sentence)) continue;
      named.add(sentence);
      countProblem(kind, sentence, match, weight);
    }
    for (const [type, patterns] of Object.entries(purposeSignals) as [PurposeType, RegExp[]][]) {
      for (const pattern of patterns) {
        const count = findPhrases(sentence, pattern).length;
        if (count > 0) otherScores.set(type, (otherScores.get(type) ?? 0) + count * weight);
      }
    }
  }

  // "Your staff account has been deleted. If you believe this was a mistake, contact your administrator": gone, and
  // not by the reader's hand.
  if (problemScores.size === 0 && !closed && !chosen && sentences.some((sentence) => contested.test(sentence.normal))) {
    for (const sentence of sentences) {
      const match = findPhrases(sentence, accountGone).find((found) => !isHypothetical(sentence, found.start) && !negated.test(sentence.normal.slice(0, found.start)));
      if (!match) continue;
      const weight = weightOf(sentence);
      countProblem('suspension', sentence, match, weight);
    }
  }
  // The strongest named kind; a problem read from structure alone ("the backup failed") only when none is named.
  let problem: ProblemKind | 'other' | undefined;
  let problemScore = 0;
  for (const [kind, score] of problemScores) {
    if (kind !== 'other' && score > problemScore) {
      problem = kind;
      problemScore = score;
    }
  }
  const unnamed = problemScores.get('other') ?? 0;
  if (problem === undefined && unnamed > 0) problem = 'other';
  problemScore = Math.max(problemScore, unnamed);
  let other: PurposeType = 'general';
  let otherScore = 0;
  for (const [type, score] of otherScores) {
    if (score > otherScore) {
      other = type;
      otherScore = score;
    }
  }
  // Scarcity in a promotion ("sold out last time") is a sales line, not a problem for the reader.
  if (problem === 'out-of-stock' && other === 'promotion' && otherScore >= problemScore) problemScore = 0;
  if (problem && problemScore >= 1 && problemScore * 2 >= otherScore) {
    const kind = problem === 'other' ? {} : { problem };
    return evidence ? { type: 'problem', ...kind, source: 'inferred', evidence } : { type: 'problem', ...kind, source: 'inferred' };
  }
  return { type: otherScore >= 1 ? other : 'general', source: 'inferred' };
}
