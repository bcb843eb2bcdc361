import { compilePhraseEntries } from '../../src/kit/index.js';
import { phraseData } from './phrases.data.js';

// The phrases and word lists live in phrases.yaml (compiled into phrases.data.ts by `npm run phrases`); this
// module gives the rule its lists in the shape its code uses.

const tables = phraseData.tables as {
  problemNouns: Record<string, string>;
  sharedBlameNouns: string[];
  releaseNoteNouns: string[];
  massNouns: string[];
  denial: string;
  fixContext: string;
  ourMistake: string;
  reasonGiven: string;
};

/**
 * Nouns for something that went wrong for the reader, mapped to the word a rewrite should use. Cute words
 * ("hiccup", "blip", "snag") become "problem": dropping only the adjective would keep the belittling noun.
 */
export const problemNouns: Readonly<Record<string, string>> = tables.problemNouns;

/** Nouns that also name the reader's own slip ("a small error in your address"): flagged only when it was ours. */
export const sharedBlameNouns: ReadonlySet<string> = new Set(tables.sharedBlameNouns);

/** Nouns that release notes use ("fixed a minor issue"): silent when the sentence is about fixing. */
export const releaseNoteNouns: ReadonlySet<string> = new Set(tables.releaseNoteNouns);

/** Mass nouns: "a little downtime" becomes "some downtime", not "a downtime". */
export const massNouns: ReadonlySet<string> = new Set(tables.massNouns);

/**
 * How a finding is rewritten:
 * - `rebuild`: drop the minimiser ("just", "only") and the shrinking adjective, map the noun, fix the article;
 * - `drop-lead`: drop the leading "only" or "just" and keep the rest ("only temporary" -> "temporary");
 * - `drop-word`: drop the word, keeping what follows ("merely a formality" -> "a formality");
 * - `none`: no mechanical rewrite reads well; the message explains what to write.
 */
export type Rewrite = 'rebuild' | 'drop-lead' | 'drop-word' | 'none';

/**
 * Extra checks a match must pass:
 * - `ours`: for error words, only when the mistake was ours ("we made a small mistake"), not the reader's;
 * - `not-fix-context`: silent in release notes ("Fixed a minor issue");
 * - `no-reason`: silent when the sentence gives the reason for calm ("…, so there's nothing to worry about").
 */
export type Condition = 'ours' | 'not-fix-context' | 'no-reason' | 'not-for-us';

export interface MinimizingPhrase {
  pattern: RegExp;
  messageId: 'problem' | 'cost' | 'dismissive' | 'effort';
  rewrite: Rewrite;
  conditions?: Condition[];
}

export const minimizingPhrases: MinimizingPhrase[] = compilePhraseEntries<MinimizingPhrase['messageId']>(phraseData, 'problem').map((entry) => {
  const options = entry.data.options ?? {};
  const conditions = typeof options['conditions'] === 'string' ? (options['conditions'].split(' ') as Condition[]) : undefined;
  const phrase: MinimizingPhrase = { pattern: entry.pattern, messageId: entry.messageId, rewrite: options['rewrite'] as Rewrite };
  if (conditions) phrase.conditions = conditions;
  return phrase;
});

/** Words before a match that deny it: "no small inconvenience", "more than a minor hiccup", "not just a delay". */
export const denial = new RegExp(tables.denial);

/** A sentence about fixing something: release notes ("Fixed a minor issue with notifications"). */
export const fixContext = new RegExp(tables.fixContext);

/** The mistake was ours: "we made a small mistake", "a minor error on our part", "our tiny oversight". */
export const ourMistake = new RegExp(tables.ourMistake);

/** The sentence gives the fact behind the calm: "…, so there's nothing to worry about". */
export const reasonGiven = new RegExp(tables.reasonGiven);
