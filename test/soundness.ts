import { expect } from 'vitest';
import { lintText } from '../src/api.js';
import { builtinRules } from '../rules/index.js';
import type { SyntaxName } from '../src/types.js';

/** Every built-in rule on, at error level: the configuration the property and fuzz suites lint with. */
export const everyRule = { extends: 'empathy-lint:strict', rules: Object.fromEntries([...builtinRules.keys()].map((id) => [id, 'error'])) } as never;

/**
 * Lint `text` with every rule on and check the result is sound: nothing thrown, every line, column and range
 * inside the source, ends never before starts. Resolves with the number of findings.
 */
export async function expectSound(text: string, syntax: SyntaxName): Promise<number> {
  const result = await lintText(text, { syntax, config: everyRule });
  const lines = text.split('\n');
  const inText = (line: number, column: number) =>
    Number.isInteger(line) && Number.isInteger(column) && line >= 1 && line <= lines.length && column >= 1 && column <= lines[line - 1]!.length + 1;
  const inRange = ([start, end]: readonly [number, number]) => Number.isInteger(start) && Number.isInteger(end) && 0 <= start && start <= end && end <= text.length;
  for (const message of result.messages) {
    const where = `${message.ruleId} at ${message.line}:${message.column}-${message.endLine}:${message.endColumn}`;
    expect(inText(message.line, message.column), where).toBe(true);
    expect(inText(message.endLine, message.endColumn), where).toBe(true);
    expect(message.endLine > message.line || (message.endLine === message.line && message.endColumn >= message.column), where).toBe(true);
    if (message.fix) expect(inRange(message.fix.range), where).toBe(true);
    for (const suggestion of message.suggestions ?? []) expect(inRange(suggestion.fix.range), where).toBe(true);
  }
  return result.messages.length;
}
