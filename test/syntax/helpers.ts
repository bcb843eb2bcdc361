import { readFileSync } from 'node:fs';
import { expect } from 'vitest';
import { builtinRules } from '../../rules/index.js';
import type { ConfigObject } from '../../src/config/resolve.js';
import type { TextUnit } from '../../src/types.js';

/**
 * Every character of every unit maps back to the same character in the source (masks and white space excepted),
 * or to the start of what encodes it: `&` for an HTML entity, `\\` for a JSON escape, `=` for quoted-printable.
 */
export function expectFaithful(source: string, units: TextUnit[], encodings = ''): void {
  for (const unit of units) {
    expect(unit.offsets.length).toBe(unit.text.length + 1);
    for (let index = 0; index < unit.text.length; index++) {
      const char = unit.text[index]!;
      if (char === 'x' || /\s/.test(char)) continue;
      const actual = source[unit.offsets[index]!]!;
      if (actual !== char && encodings.includes(actual)) continue;
      expect(actual, `unit "${unit.text}" index ${index}`).toBe(char);
    }
  }
}

/** `kind: text` of each unit, for compact expectations. */
export const texts = (units: TextUnit[]) => units.map((unit) => `${unit.kind}: ${unit.text}`);

/** The source a unit was read from, from its first character to its end. */
export const spanOf = (source: string, unit: TextUnit) => source.slice(unit.offsets[0], unit.offsets[unit.text.length]);

/** The source a unit's sub-range [start, end) was read from. */
export const sourceOf = (source: string, unit: TextUnit, start: number, end: number) =>
  source.slice(unit.offsets[start], unit.offsets[end - 1]! + 1);

export function fixture(name: string): string {
  return readFileSync(new URL(`../fixtures/formats/${name}`, import.meta.url), 'utf8');
}

/**
 * A config with every built-in rule off but the ones named. A stock apology is reported even beside a fix, since these
 * tests use it to check positions in files that also give the reader a next step.
 */
export function only(...ids: string[]): ConfigObject {
  const rules: Record<string, 'off' | 'error' | ['error', Record<string, unknown>]> = {};
  for (const id of builtinRules.keys()) rules[id] = ids.includes(id) ? (id === 'no-hollow-apology' ? ['error', { allowWithFix: false }] : 'error') : 'off';
  return { rules };
}

/** The text of the 1-based line and columns [column, endColumn) of a source. */
export function lineSlice(source: string, line: number, column: number, endColumn: number): string {
  return (source.split('\n')[line - 1] ?? '').slice(column - 1, endColumn - 1);
}
