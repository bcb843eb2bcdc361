import { phraseData } from './phrases.data.js';

// The verb tables, word lists and pattern fragments of no-blame live in phrases.yaml (compiled into
// phrases.data.ts by `npm run phrases`). Everything there is lower case with straight apostrophes, because
// patterns run over `sentence.normal`. This module gives the rule's code the tables in the shape it uses.

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

/** What the reader "missed" that makes it an accusation, with how to say it without a culprit. */
export interface MissedObject {
  nouns: string;
  /** `passed`: "the deadline has passed"; `received`: "we didn't receive a payment"; `missed-you`: "we missed you at your appointment". */
  rewrite: 'passed' | 'received' | 'missed-you';
}

const tables = phraseData.tables as {
  blameVerbs: BlameVerb[];
  accusingAuxiliaries: string[];
  noChanceVerbs: string[];
  subjectAdverbs: string[];
  missedObjects: MissedObject[];
  inputVerbs: string[];
  inputNounClasses: { pattern: string; template: string }[];
  faultNouns: { nouns: string; replacement?: string }[];
  failureNominals: Record<string, string>;
};
const fragments = phraseData.fragments as Record<
  'wrongAdjectives' | 'objectMarkers' | 'hedges' | 'faultCompounds' | 'checkFrames' | 'conditionMarkers' | 'denialFrame',
  string
>;

/** Duties the reader can be accused of not doing ("you didn't pay", "you never replied"). */
export const blameVerbs: readonly BlameVerb[] = tables.blameVerbs;

/** Auxiliaries that accuse with any verb after them: "you failed to", "you forgot to", "you neglected to". */
export const accusingAuxiliaries: readonly string[] = tables.accusingAuxiliaries;

/**
 * Verbs for which "you didn't get a chance to ..." misreads the situation: criteria are met or not, whatever
 * the chances ("you failed to meet our lending criteria").
 */
export const noChanceVerbs: ReadonlySet<string> = new Set(tables.noChanceVerbs);

/** Adverbs that may stand between "you" and the verb group ("you still haven't", "you clearly didn't"). */
export const subjectAdverbs: readonly string[] = tables.subjectAdverbs;

/** What the reader "missed" that makes it an accusation, with how to say it without a culprit. */
export const missedObjects: readonly MissedObject[] = tables.missedObjects;

/** Verbs of input that turn "you entered the wrong card number" into blame. */
export const inputVerbs: readonly string[] = tables.inputVerbs;

/** Adjectives that say the reader's input was wrong. */
export const wrongAdjectives = fragments.wrongAdjectives;

/**
 * How to describe wrong input without a culprit, by noun. The first class whose pattern matches the noun wins;
 * anything else "we received doesn't look right". `{doesn't}` agrees with the noun ("the details don't").
 */
export const inputNounClasses: readonly { pattern: RegExp; template: string }[] = tables.inputNounClasses.map((entry) => ({
  pattern: new RegExp(entry.pattern),
  template: entry.template,
}));

/** Nouns that, after "due to your", assign fault, with a culprit-free replacement for "your <noun>". */
export const faultNouns: readonly { nouns: string; replacement?: string }[] = tables.faultNouns;

/** What "your failure to <verb>" becomes when nothing follows the verb but punctuation or a verb. */
export const failureNominals: Readonly<Record<string, string>> = tables.failureNominals;

/** Words before "you" that make it an object, not the subject: "the email we sent you", "thank you". */
export const objectMarkers = fragments.objectMarkers;

/**
 * Words that soften a mild accusation into an observation or a guess: "It looks like you haven't paid",
 * "We noticed you didn't check in", "Maybe you forgot to ...". Strong forms ("failed to", "the wrong ...")
 * are still reported after them.
 */
export const hedges = fragments.hedges;

/** Nouns that turn "your error" into a compound ("due to your error report"), which is no accusation. */
export const faultCompounds = fragments.faultCompounds;

/** A frame before "you" that asks the reader to check, not accuses them: "make sure you didn't ...". */
export const checkFrames = fragments.checkFrames;

/** Words that open a condition: a clause after them imagines, it doesn't accuse. */
export const conditionMarkers = fragments.conditionMarkers;

/** A negated frame right before "you" that denies the blame: "this isn't because you ...". */
export const denialFrame = fragments.denialFrame;
