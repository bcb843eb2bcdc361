import { compilePhraseEntries } from '../../src/kit/index.js';
import { phraseData } from './phrases.data.js';

// The phrases live in phrases.yaml (compiled into phrases.data.ts by `npm run phrases`); this module gives
// the rule its lists in the shape its code uses.

const tables = phraseData.tables as { apologyWord: string; vagueNouns: Record<string, string> };

/** A word that makes the sentence an apology. "To make up for any inconvenience, here's a $10 credit" has none. */
export const apologyWord = new RegExp(tables.apologyWord);

/**
 * The vague nouns of a stock apology, mapped to the noun of a plainer rewrite. "Any inconvenience" hedges
 * whether anything went wrong at all; "the trouble this caused" owns it.
 */
export const vagueNouns: Readonly<Record<string, string>> = tables.vagueNouns;

/** How the rewrite of a stock apology is built. */
export type ApologyRewrite =
  /** "{preposition} the {noun} this caused" ("for any inconvenience" -> "for the trouble this caused"). */
  | 'own-it'
  /** "regret any inconvenience" -> "are sorry for the trouble this caused", depending on the subject. */
  | 'be-sorry';

export interface FormulaicApology {
  pattern: RegExp;
  rewrite: ApologyRewrite;
  /** Only a finding when the sentence apologises ("sorry", "apologise", "regret"). */
  needsApology: boolean;
}

const entries = compilePhraseEntries<'formulaic' | 'conditional'>(phraseData, 'formulaic');

/** Stock apologies. Every pattern names its noun `noun` and, when it has one, its preposition `preposition`. */
export const formulaicApologies: FormulaicApology[] = entries
  .filter((entry) => entry.messageId === 'formulaic')
  .map((entry) => ({
    pattern: entry.pattern,
    rewrite: entry.data.options?.['rewrite'] === 'be-sorry' ? 'be-sorry' : 'own-it',
    needsApology: entry.data.options?.['needsApology'] === true,
  }));

/** Apologies for the reader's feelings, or for an "if", instead of for what happened. */
export const conditionalApologies: RegExp[] = entries.filter((entry) => entry.messageId === 'conditional').map((entry) => entry.pattern);
