/**
 * Phrase data for `no-blame`. Everything here is lower case with straight apostrophes, because patterns run
 * over `sentence.normal`. Multi-word entries use single spaces; `phrase()` lets them match any white space.
 */

/**
 * How a neutral rewrite is built for a verb:
 * - `pay`: "we didn't receive your payment" / "we didn't receive payment for" + object;
 * - `reply`: "we didn't hear back from you";
 * - `receive`: "we didn't receive" + object (only when an object follows);
 * - `confirm`: "we didn't receive your confirmation" / "confirmation of" + object;
 * - `attend`: "we missed you at" + object; `check-in`: "we missed you at check-in"; `show-up`: "we missed you";
 * - `other`: only the general "you didn't get a chance to ..." rewrite.
 */
export type VerbKind = 'pay' | 'reply' | 'receive' | 'confirm' | 'attend' | 'check-in' | 'show-up' | 'other';

/** A duty the reader can be accused of not doing ("you didn't pay", "you never replied"). */
export interface BlameVerb {
  base: string;
  /** Simple past, for "you never ..."; omitted when it equals a present form ("read"), which "never" makes ambiguous. */
  past?: string;
  /** Past participle(s), `|`-separated, for "you haven't ..." and "you should have ...". */
  participle: string;
  kind: VerbKind;
  /**
   * Flag plain "you haven't <participle>" too. Only for duties that are plainly overdue (paying, replying);
   * "You haven't verified your email yet" is an open reminder, not an accusation. "Still haven't" always counts.
   */
  openState?: boolean;
  /** Words that may follow the verb and belong to it ("respond to", "send us"), as a pattern. */
  particle?: string;
  /**
   * Words after the verb that make it something other than a missed duty, as a pattern: "you didn't pay a
   * penny", "you didn't sign up for spam", "you should have read access".
   */
  unless?: string;
}

export const blameVerbs: readonly BlameVerb[] = [
  {
    base: 'pay',
    past: 'paid',
    participle: 'paid',
    kind: 'pay',
    openState: true,
    unless: 'a (?:penny|cent|dime|thing|fee|premium)|anything|nothing|extra|more|less|twice|full price|for (?:shipping|delivery)|(?:any )?(?:fees|interest)|a single',
  },
  { base: 'settle', past: 'settled', participle: 'settled', kind: 'other', openState: true },
  { base: 'respond', past: 'responded', participle: 'responded', kind: 'reply', openState: true, particle: ' to( us| me)?' },
  { base: 'reply', past: 'replied', participle: 'replied', kind: 'reply', openState: true, particle: ' to( us| me)?' },
  { base: 'answer', past: 'answered', participle: 'answered', kind: 'reply', openState: true },
  { base: 'get back', past: 'got back', participle: 'got back|gotten back', kind: 'reply', openState: true, particle: ' to( us| me)?' },
  { base: 'write back', past: 'wrote back', participle: 'written back', kind: 'reply', openState: true },
  { base: 'comply', past: 'complied', participle: 'complied', kind: 'other', openState: true },
  { base: 'return', past: 'returned', participle: 'returned', kind: 'receive' },
  { base: 'provide', past: 'provided', participle: 'provided', kind: 'receive', particle: ' us( with)?' },
  { base: 'submit', past: 'submitted', participle: 'submitted', kind: 'receive' },
  { base: 'send', past: 'sent', participle: 'sent', kind: 'receive', particle: ' us' },
  { base: 'upload', past: 'uploaded', participle: 'uploaded', kind: 'receive' },
  { base: 'include', past: 'included', participle: 'included', kind: 'receive' },
  { base: 'enter', past: 'entered', participle: 'entered', kind: 'receive' },
  { base: 'fill in', past: 'filled in', participle: 'filled in', kind: 'receive' },
  { base: 'fill out', past: 'filled out', participle: 'filled out', kind: 'receive' },
  { base: 'confirm', past: 'confirmed', participle: 'confirmed', kind: 'confirm' },
  { base: 'check in', past: 'checked in', participle: 'checked in', kind: 'check-in' },
  { base: 'attend', past: 'attended', participle: 'attended', kind: 'attend' },
  { base: 'show up', past: 'showed up', participle: 'shown up|showed up', kind: 'show-up' },
  { base: 'turn up', past: 'turned up', participle: 'turned up', kind: 'show-up' },
  { base: 'update', past: 'updated', participle: 'updated', kind: 'other' },
  { base: 'verify', past: 'verified', participle: 'verified', kind: 'other' },
  { base: 'complete', past: 'completed', participle: 'completed', kind: 'other' },
  { base: 'finish', past: 'finished', participle: 'finished', kind: 'other' },
  { base: 'renew', past: 'renewed', participle: 'renewed', kind: 'other' },
  { base: 'activate', past: 'activated', participle: 'activated', kind: 'other' },
  { base: 'register', past: 'registered', participle: 'registered', kind: 'other' },
  { base: 'sign', past: 'signed', participle: 'signed', kind: 'other', unless: 'up|in|out|on' },
  { base: 'check', past: 'checked', participle: 'checked', kind: 'other', unless: 'out|on' },
  { base: 'read', participle: 'read', kind: 'other', unless: 'access|(?:or|and) write|permissions?|rights|only|-only|(?:that|this|it) (?:right|wrong)' },
  { base: 'follow', past: 'followed', participle: 'followed', kind: 'other' },
  { base: 'cancel', past: 'cancelled|canceled', participle: 'cancelled|canceled', kind: 'other' },
  { base: 'contact', past: 'contacted', participle: 'contacted', kind: 'other' },
  { base: 'call', past: 'called', participle: 'called', kind: 'other' },
  { base: 'notify', past: 'notified', participle: 'notified', kind: 'other' },
  { base: 'inform', past: 'informed', participle: 'informed', kind: 'other' },
  { base: 'tell', past: 'told', participle: 'told', kind: 'other' },
  { base: 'let us know', past: 'let us know', participle: 'let us know', kind: 'other' },
  { base: 'meet', past: 'met', participle: 'met', kind: 'other' },
  { base: 'keep', past: 'kept', participle: 'kept', kind: 'other' },
  { base: 'collect', past: 'collected', participle: 'collected', kind: 'other' },
  { base: 'pick up', past: 'picked up', participle: 'picked up', kind: 'other' },
  { base: 'back up', past: 'backed up', participle: 'backed up', kind: 'other' },
  { base: 'review', past: 'reviewed', participle: 'reviewed', kind: 'other' },
  { base: 'acknowledge', past: 'acknowledged', participle: 'acknowledged', kind: 'other' },
  { base: 'authorise', past: 'authorised', participle: 'authorised', kind: 'other' },
  { base: 'authorize', past: 'authorized', participle: 'authorized', kind: 'other' },
];

/** Auxiliaries that accuse with any verb after them: "you failed to", "you forgot to", "you neglected to". */
export const accusingAuxiliaries = [
  'failed to',
  'have failed to',
  "'ve failed to",
  'forgot to',
  'have forgotten to',
  "'ve forgotten to",
  'neglected to',
  'have neglected to',
  "'ve neglected to",
  'omitted to',
  "didn'?t bother to",
  'did not bother to',
  "couldn'?t be bothered to",
  'could not be bothered to',
  'never bothered to',
] as const;

/**
 * Verbs for which "you didn't get a chance to ..." misreads the situation: criteria are met or not, whatever
 * the chances ("you failed to meet our lending criteria").
 */
export const noChanceVerbs = new Set(['meet', 'qualify', 'be', 'have', 'deserve', 'understand', 'realise', 'realize', 'notice', 'know', 'match', 'pass', 'satisfy']);

/** Checks the reader can be said to have "failed": "you failed the identity check". */
export const checkNouns = '(?:identity |id |security |credit |verification |age |background |affordability )?(?:check|checks|verification|test|screening|assessment)';

/** Adverbs that may stand between "you" and the verb group ("you still haven't", "you clearly didn't"). */
export const subjectAdverbs = [
  'still',
  'also',
  'again',
  'once again',
  'yet again',
  'apparently',
  'clearly',
  'obviously',
  'simply',
  'just',
  'repeatedly',
  'previously',
  'then',
] as const;

/** What the reader "missed" that makes it an accusation, with how to say it without a culprit. */
export interface MissedObject {
  nouns: string;
  /** `passed`: "the deadline has passed"; `received`: "we didn't receive a payment"; `missed-you`: "we missed you at your appointment". */
  rewrite: 'passed' | 'received' | 'missed-you';
}

export const missedObjects: readonly MissedObject[] = [
  { nouns: 'deadline|deadlines|due date|cut-off|cutoff|closing date', rewrite: 'passed' },
  { nouns: 'payment|payments|instalment|instalments|installment|installments|repayment|repayments', rewrite: 'received' },
  { nouns: 'appointment|appointments|consultation|check-in|visit|scheduled call', rewrite: 'missed-you' },
];

/** Determiners that can open the object of "missed" ("your", "two", "3"). */
export const missedDeterminers = "the|your|a|an|this|that|two|three|several|multiple|both|\\d+";

/** Verbs of input that turn "you entered the wrong card number" into blame. */
export const inputVerbs = [
  'entered',
  'typed',
  'typed in',
  'put in',
  'filled in',
  'input',
  'provided',
  'provided us with',
  'gave us',
  'gave',
  'submitted',
  'used',
  'selected',
  'chose',
  'picked',
  'sent us',
  'supplied',
  'added',
] as const;

/** Adjectives that say the reader's input was wrong. */
export const wrongAdjectives = 'wrong|incorrect|invalid|inaccurate|false|mistyped|misspelled|misspelt|expired|outdated|out-of-date';

/**
 * How to describe wrong input without a culprit, by noun. The first class whose pattern matches the noun wins;
 * anything else "we received doesn't look right". `{doesn't}` agrees with the noun ("the details don't").
 */
export const inputNounClasses: readonly { pattern: RegExp; template: string }[] = [
  {
    pattern: /\b(card|card number|card details|cvc|cvv|security code|expiry date|expiration date|payment details|billing details|bank details|sort code|iban|payment method)$/,
    template: "the {noun} didn't go through",
  },
  { pattern: /\b(password|passcode|code|pin|login|username|coupon|voucher)$/, template: "the {noun} didn't work" },
  {
    pattern: /\b(name|date of birth|birthday|address|email|e-mail|phone number|postcode|zip code|zip|account number|id|id number|details)$/,
    template: "the {noun} {doesn't} match our records",
  },
];

/** Words that end the noun phrase after "the wrong ...". */
export const nounStopWords =
  'for|on|in|at|when|while|so|and|but|or|please|twice|again|during|to|into|with|by|because|which|that|this|three|multiple|several|too|last|yesterday|today';

/** Prepositions that make "your error" a statement of cause: "due to your error", "because of your mistake". */
export const causePrepositions = 'due to|because of|owing to|as a result of|caused by|resulting from|on account of|thanks to';

/** Nouns that, after "due to your", assign fault, with a culprit-free replacement for "your <noun>". */
export const faultNouns: readonly { nouns: string; replacement?: string }[] = [
  { nouns: 'error', replacement: 'an error' },
  { nouns: 'errors', replacement: 'errors' },
  { nouns: 'mistake', replacement: 'a mistake' },
  { nouns: 'mistakes', replacement: 'mistakes' },
  { nouns: 'oversight', replacement: 'an oversight' },
  { nouns: 'typo', replacement: 'a typo' },
  { nouns: 'late payment', replacement: 'the late payment' },
  { nouns: 'non-payment|nonpayment|missed payment', replacement: 'the missed payment' },
  { nouns: 'lack of (response|reply)', replacement: 'not hearing back from you' },
  { nouns: 'negligence|carelessness', replacement: 'a mix-up' },
  { nouns: 'inaction|fault|own fault|actions|misuse|non-compliance|noncompliance|lack of action' },
];

/** What "your failure to <verb>" becomes when nothing follows the verb but punctuation or a verb. */
export const failureNominals: Readonly<Record<string, string>> = {
  pay: 'the missed payment',
  respond: 'not hearing back from you',
  reply: 'not hearing back from you',
  'get back to us': 'not hearing back from you',
  confirm: 'the missing confirmation',
  verify: 'the missing verification',
  sign: 'the missing signature',
  renew: 'the missed renewal',
  'check in': 'the missed check-in',
};

/** Verbs of hindsight: "you should have contacted us", "you were supposed to return it". */
export const hindsightFrames = {
  /** Followed by a participle. */
  perfect: "should have|should've|shouldve|ought to have|could have|could've|must have|must've",
  /** Followed by a base form. */
  infinitive: 'were supposed to|were meant to|were required to|were expected to|was supposed to',
} as const;

/** Words before "you" that make it an object, not the subject: "the email we sent you", "thank you". */
export const objectMarkers =
  'sent|send|gave|give|given|told|tell|showed|show|shown|emailed|texted|mailed|offered|promised|asked|ask|charged|wished|owe|owed|thank|to|for|with|at|from|about|than|like|by|of|let|help|helped|remind|reminded';

/**
 * Words that soften a mild accusation into an observation or a guess: "It looks like you haven't paid",
 * "We noticed you didn't check in", "Maybe you forgot to ...". Strong forms ("failed to", "the wrong ...")
 * are still reported after them.
 */
export const hedges =
  "(?:looks|look|seems|seem|appears|appear|sounds) (?:like|as if|as though|that)|(?:looks|seems|appears)|noticed(?: that)?|notice(?: that)?|(?:we|i) see(?: that)?|saw(?: that)?|realised(?: that)?|realized(?: that)?|think(?: that)?|guess|suspect(?: that)?|perhaps|maybe|possibly|probably|might be that|may be that|chances are|if so|sorry(?: that)?|sad(?: that)?|(?:a )?shame(?: that)?|(?:a )?pity(?: that)?";

/** Nouns that turn "your error" into a compound ("due to your error report"), which is no accusation. */
export const faultCompounds = 'report|reports|log|logs|message|messages|code|codes|screen|page|rate|handling';

/** A frame before "you" that asks the reader to check, not accuses them: "make sure you didn't ...". */
export const checkFrames =
  "(?:make sure|makes sure|making sure|check|checking|double-check|ensure|confirm|see if|see whether|check whether|check if|verify)(?: that)?";

/** Words that open a condition: a clause after them imagines, it doesn't accuse. */
export const conditionMarkers = "if|unless|in case|whether|in the event(?: that)?|even if|suppose|supposing|assuming|whenever|should";

/** A negated frame right before "you" that denies the blame: "this isn't because you ...". */
export const denialFrame =
  "(?:n't|\\bnot|\\bnever|\\bno one)\\s+(?:\\S+\\s+){0,3}?(?:because|mean|means|meant|saying|say|says|implying|imply|suggest|suggesting|think|thinks|blame|blaming)\\s+(?:that\\s+)?$";
