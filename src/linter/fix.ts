import type { Fix } from '../types.js';

/** The result of applying fixes once. */
export interface AppliedFixes {
  output: string;
  /** How many fixes were applied. */
  applied: number;
  /** Fixes skipped because they overlap an earlier one; a later pass may apply them. */
  skipped: number;
  /** The fixes that were applied (the objects given). */
  appliedFixes: Fix[];
}

/** Apply non-overlapping fixes, earliest first. Overlapping ones are left for the next pass. */
export function applyFixes(source: string, fixes: readonly Fix[]): AppliedFixes {
  const sorted = [...fixes].sort((a, b) => a.range[0] - b.range[0] || a.range[1] - b.range[1]);
  let output = '';
  let cursor = 0;
  let applied = 0;
  let skipped = 0;
  const appliedFixes: Fix[] = [];
  for (const fix of sorted) {
    const [start, end] = fix.range;
    if (start < cursor || start > end || end > source.length) {
      skipped++;
      continue;
    }
    output += source.slice(cursor, start) + fix.text;
    cursor = end;
    applied++;
    appliedFixes.push(fix);
  }
  output += source.slice(cursor);
  return { output, applied, skipped, appliedFixes };
}
