import { describe, expect, it } from 'vitest';
import { lintText } from '../src/api.js';
import { builtinRules } from '../rules/index.js';
import type { LintMessage, SyntaxName } from '../src/types.js';

/** A text that must produce no finding from the rule. */
export type ValidCase = string | { text: string; syntax?: SyntaxName; options?: Record<string, unknown>; name?: string };

/** What one expected finding must look like. Position fields are required: a lazy case is rejected. */
export interface ExpectedError {
  messageId: string;
  line: number;
  column: number;
  endLine?: number;
  endColumn: number;
  /** Texts of the suggestions, in order; `[]` asserts there are none. */
  suggestions?: string[];
  /** The safe fix's replacement text, or null when there must be none. */
  fix?: string | null;
}

export interface InvalidCase {
  text: string;
  syntax?: SyntaxName;
  options?: Record<string, unknown>;
  name?: string;
  errors: ExpectedError[];
}

/**
 * Run a table of cases through the real pipeline with only `ruleId` turned on. Invalid cases must give every
 * finding exactly (message id, line, column, end column); valid and invalid texts must not repeat.
 */
export function testRule(ruleId: string, cases: { valid: ValidCase[]; invalid: InvalidCase[] }): void {
  const rule = builtinRules.get(ruleId);
  if (!rule) throw new Error(`no built-in rule ${ruleId}`);

  const configFor = (options: Record<string, unknown> | undefined) => {
    const rules: Record<string, unknown> = {};
    for (const id of builtinRules.keys()) rules[id] = 'off';
    rules[ruleId] = options ? ['error', options] : 'error';
    return { rules } as never;
  };
  const key = (item: ValidCase | InvalidCase) => (typeof item === 'string' ? item : `${item.text}\u0000${JSON.stringify(item.options ?? {})}\u0000${item.syntax ?? 'text'}`);
  const texts = [...cases.valid.map(key), ...cases.invalid.map(key)];
  const duplicates = texts.filter((text, index) => texts.indexOf(text) !== index);

  describe(ruleId, () => {
    it('has no duplicate cases and at least one valid and one invalid case', () => {
      expect(duplicates).toEqual([]);
      expect(cases.valid.length).toBeGreaterThan(0);
      expect(cases.invalid.length).toBeGreaterThan(0);
    });

    describe('valid', () => {
      for (const item of cases.valid) {
        const { text, syntax, options, name } = typeof item === 'string' ? { text: item, syntax: undefined, options: undefined, name: undefined } : item;
        it(name ?? text.slice(0, 100), async () => {
          const result = await lintText(text, { syntax: syntax ?? 'text', config: configFor(options) });
          expect(result.messages.map(summary)).toEqual([]);
        });
      }
    });

    describe('invalid', () => {
      for (const item of cases.invalid) {
        it(item.name ?? item.text.slice(0, 100), async () => {
          expect(item.errors.length, 'an invalid case must list its errors').toBeGreaterThan(0);
          const result = await lintText(item.text, { syntax: item.syntax ?? 'text', config: configFor(item.options) });
          const actual = result.messages.map((message, index) => pick(message, item.errors[index]));
          expect(actual).toEqual(item.errors.map((error) => ({ ...error, endLine: error.endLine ?? error.line })));
          for (const message of result.messages) {
            expect(message.ruleId).toBe(ruleId);
            expect(message.message).toMatch(/^[“"A-Z0-9]/);
            expect(message.message).toMatch(/[.?”)]$/);
            // No message field left unfilled ("{actual}"); a template tag or a placeholder quoted from the copy ("{{days}}",
            // "{podcastTitle}") is the copy.
            const quoted = new Set(item.text.match(/\{\w+\}/g) ?? []);
            expect(message.message.replace(/\{\{[^{}]*\}\}/g, '').replace(/\{\w+\}/g, (field) => (quoted.has(field) ? '' : field))).not.toMatch(/\{\w+\}/);
          }
        });
      }
    });
  });
}

function summary(message: LintMessage): string {
  return `${message.line}:${message.column} ${message.ruleId} ${message.message}`;
}

function pick(message: LintMessage, expected: ExpectedError | undefined): Record<string, unknown> {
  const picked: Record<string, unknown> = {
    messageId: message.messageId,
    line: message.line,
    column: message.column,
    endLine: message.endLine,
    endColumn: message.endColumn,
  };
  if (expected?.suggestions !== undefined) picked['suggestions'] = (message.suggestions ?? []).map((suggestion) => suggestion.fix.text);
  if (expected?.fix !== undefined) picked['fix'] = message.fix ? message.fix.text : null;
  return picked;
}
