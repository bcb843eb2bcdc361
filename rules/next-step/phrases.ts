import { compilePhraseEntries } from '../../src/kit/index.js';
import type { ProblemKind } from '../../src/kit/index.js';
import { phraseData } from './phrases.data.js';

// The signals live in phrases.yaml (compiled into phrases.data.ts by `npm run phrases`); this module gives the
// rule its lists in the shape its code uses.

const tables = phraseData.tables as {
  actionVerbs: string[];
  emailAddress: string;
  phoneNumber: string;
  exampleNextStep: Record<ProblemKind | 'other', string>;
};

const entries = compilePhraseEntries(phraseData, 'missing');

/** Verbs that start an instruction to the reader ("Update your card", "Reply to this email"). */
export const actionVerbs: ReadonlySet<string> = new Set(tables.actionVerbs);

/** Phrases that give the reader an action, a contact or a timeline; an e-mail address or a phone number counts too. */
export const nextStepSignals: RegExp[] = [
  ...entries.filter((entry) => entry.data.options?.['done'] !== true).map((entry) => entry.pattern),
  // Matched as written rather than as phrases: they are not words, and a phone number may hold spaces.
  new RegExp(tables.emailAddress, 'giu'),
  new RegExp(tables.phoneNumber, 'gu'),
];

/**
 * Something already done or scheduled for the reader ("your card has been refunded", "it ships tomorrow").
 * Not enough after a security incident, where the reader still has something to do.
 */
export const doneSignals: RegExp[] = entries.filter((entry) => entry.data.options?.['done'] === true).map((entry) => entry.pattern);

/** A concrete next step per kind of problem, for the suggestion. */
export const exampleNextStep: Readonly<Record<ProblemKind | 'other', string>> = tables.exampleNextStep;
