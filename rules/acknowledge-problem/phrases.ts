import { compilePhraseEntries, phrase } from '../../src/kit/index.js';
import type { ProblemKind } from '../../src/kit/index.js';
import { phraseData } from './phrases.data.js';

// The signals live in phrases.yaml (compiled into phrases.data.ts by `npm run phrases`); this module gives the
// rule its lists in the shape its code uses.

const tables = phraseData.tables as {
  hollowApology: string;
  exampleAcknowledgement: Record<ProblemKind | 'other', string>;
  reasonKinds: (ProblemKind | 'other')[];
  wayForwardKinds: (ProblemKind | 'other')[];
  statedReason: string;
};

/**
 * Sentences that acknowledge how a problem affects the reader: a specific apology, naming the reader's
 * experience, owning the cause, or normalising it without blame. Formulaic apologies are excluded in code.
 */
export const acknowledgements: RegExp[] = compilePhraseEntries(phraseData, 'missing').map((entry) => entry.pattern);

/** Apologies that do not count as acknowledgement: formula, or sorry for the reader's feelings. */
export const hollowApology = phrase(tables.hollowApology);

/** One honest sentence of acknowledgement per kind of problem; suggestions never invent facts. */
export const exampleAcknowledgement: Readonly<Record<ProblemKind | 'other', string>> = tables.exampleAcknowledgement;

/** Problems with the reader's own account, order or request, where a plain stated reason is fair without an apology. */
export const reasonKinds: ReadonlySet<ProblemKind | 'other'> = new Set(tables.reasonKinds);

/** Problems of the reader's own money, where a plain way to put it right is fair without an apology. */
export const wayForwardKinds: ReadonlySet<ProblemKind | 'other'> = new Set(tables.wayForwardKinds);

/** A sentence that says why the problem happened ("due to several failed sign-in attempts", "Possible reasons are"). */
export const statedReason = phrase(tables.statedReason);
