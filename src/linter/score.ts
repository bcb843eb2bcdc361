import type { AnyRule, LintMessage, ScoreCost } from '../types.js';

/** Points a finding costs when its rule does not say. */
export const defaultCost = 5;

/**
 * The empathy score: 100 minus the cost of the findings, never below 0. A rule's first finding costs the
 * rule's `cost`; each further finding of the same rule costs half the one before, so one repeated slip
 * cannot sink a message on its own, while many different problems do. Severity and message order do not
 * matter: the same copy always gets the same score.
 */
export function computeScore(messages: readonly LintMessage[], ruleset: ReadonlyMap<string, AnyRule>): { score: number; breakdown: ScoreCost[] } {
  const counts = new Map<string, number>();
  for (const message of messages) {
    if (message.ruleId !== null) counts.set(message.ruleId, (counts.get(message.ruleId) ?? 0) + 1);
  }
  const breakdown: ScoreCost[] = [];
  let total = 0;
  for (const [ruleId, count] of counts) {
    const base = ruleset.get(ruleId)?.meta.cost ?? defaultCost;
    const cost = Math.round(base * (2 - 2 * 0.5 ** count) * 10) / 10;
    breakdown.push({ ruleId, count, cost });
    total += cost;
  }
  breakdown.sort((a, b) => b.cost - a.cost || compareIds(a.ruleId, b.ruleId));
  return { score: Math.max(0, Math.round(100 - total)), breakdown };
}

/**
 * Order rule ids by their characters. Not `localeCompare`: ids are ASCII, and the first locale-aware
 * comparison of a process loads collation data, a cost every single-file run would pay.
 */
export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
