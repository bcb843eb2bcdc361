import { compilePhraseEntries } from '../../src/kit/index.js';
import { phraseData } from './phrases.data.js';

// The patterns, their fragments and the rule's tables live in phrases.yaml (compiled into phrases.data.ts by
// `npm run phrases`); this module gives the rule its patterns by entry id and its tables as expressions.

const tables = phraseData.tables as {
  negativeCondition: string;
  keepStates: { pattern: string; state: 'open' | 'active' | 'kept' | 'access' }[];
  penaltyObjects: string;
  routineObjects: string;
  actionRewrites: { pattern: string; flags: string; with: string }[];
} & Record<string, unknown>;

const entries = compilePhraseEntries(phraseData, 'failureTo');

/** The compiled pattern of an entry, by id. */
export function pattern(id: string): RegExp {
  const entry = entries.find((candidate) => candidate.id === id);
  if (!entry) throw new Error(`${phraseData.file} has no entry "${id}"`);
  return entry.pattern;
}

/** Words in a condition that make it about the reader not doing something. */
export const negativeCondition = new RegExp(tables.negativeCondition);

/**
 * How to say what an action keeps for the reader, from the penalty it avoids. `{object}` is the thing
 * named in the penalty ("account", "booking"). The first entry whose pattern matches wins.
 */
export const keepStates: readonly { pattern: RegExp; state: 'open' | 'active' | 'kept' | 'access' }[] = tables.keepStates.map((entry) => ({
  pattern: new RegExp(entry.pattern),
  state: entry.state,
}));

/** Things a penalty may fall on: "your <adjective>? <object>" in the penalty names what the action keeps. */
export const penaltyObjects = new RegExp(tables.penaltyObjects);

/** What a penalty may fall on that is routine housekeeping, not a punishment: "we'll close your ticket". */
export const routineObjects = new RegExp(tables.routineObjects);

/** Actions in a "failure to ..." clause that read better as another verb after "please". */
export const actionRewrites: readonly [RegExp, string][] = tables.actionRewrites.map((entry) => [new RegExp(entry.pattern, entry.flags), entry.with]);

/**
 * A table holding one regular expression, by name: a string, or `{ pattern, flags }` when it needs flags (the
 * consequence clauses of consequence.ts read theirs this way).
 */
export function table(name: string): RegExp {
  const value = tables[name];
  if (typeof value === 'string') return new RegExp(value);
  if (value && typeof value === 'object' && typeof (value as { pattern?: unknown }).pattern === 'string') {
    const { pattern: source, flags } = value as { pattern: string; flags?: string };
    return new RegExp(source, flags);
  }
  throw new Error(`${phraseData.file} has no table "${name}" holding a regular expression`);
}
