import type { LintResult } from '../types.js';

const purposeLabels: Record<string, string> = {
  problem: 'problem notice',
  promotion: 'promotion',
  onboarding: 'onboarding',
  'win-back': 'win-back',
  transactional: 'confirmation',
  support: 'support reply',
  general: 'general copy',
};

/**
 * A file's purpose as people read it ("problem notice (outage)"), or undefined for a catalogue of several
 * entries: it is judged entry by entry and has no one purpose.
 */
export function purposeLabel(result: LintResult): string | undefined {
  if (!result.purpose || result.entries?.length) return undefined;
  const label = purposeLabels[result.purpose.type] ?? result.purpose.type;
  return result.purpose.problem ? `${label} (${result.purpose.problem.replace(/-/g, ' ')})` : label;
}
