import type { AnyRule, LintMessage, LintResult } from '../types.js';
import { normalize } from '../linter/normalize.js';
import { maskTemplates } from '../syntax/units.js';
import { compilePhraseEntries, entryLocation } from './compile.js';
import type { PhraseDataEntry } from './types.js';

/**
 * An example's text as the rule sees it: template tags masked the way plain text is read ("{{ stock }}" becomes a
 * run of x, the same length), then normalised, so entries about placeholders can show them in their examples.
 */
function readAsLinted(example: string): string {
  return normalize(maskTemplates(example));
}

/** An example that did not behave as its entry says. */
export interface ExampleFailure {
  ruleId: string;
  /** `file:line` of the entry. */
  location: string;
  entryId: string;
  kind: 'invalid' | 'valid';
  example: string;
  /** What happened instead, in a sentence. */
  problem: string;
}

/** Lint `text` with only the rule `ruleId` turned on (with `ruleOptions` when given). */
export type LintWithOneRule = (text: string, ruleId: string, ruleOptions?: Record<string, unknown>) => Promise<LintResult>;

/** 0-based offset of a message's start and end in `text`. */
function offsets(text: string, message: LintMessage): [number, number] {
  const lineStarts = [0];
  for (let index = text.indexOf('\n'); index >= 0; index = text.indexOf('\n', index + 1)) lineStarts.push(index + 1);
  const at = (line: number, column: number) => (lineStarts[line - 1] ?? 0) + column - 1;
  return [at(message.line, message.column), at(message.endLine, message.endColumn)];
}

/**
 * Where a rule's pattern matches an example. Rules run patterns sentence by sentence, so a pattern anchored at
 * the start of a sentence or line is tried from each start too (after ". ", "! ", "? " and line breaks).
 */
function matchRanges(normal: string, regex: RegExp): (readonly [number, number])[] {
  const pattern = new RegExp(regex.source, regex.flags.includes('g') ? regex.flags : regex.flags + 'g');
  const starts = [0];
  for (const found of normal.matchAll(/[.!?]["')\]]*\s+|\n/g)) starts.push(found.index + found[0].length);
  const ranges: (readonly [number, number])[] = [];
  for (const [index, start] of starts.entries()) {
    const end = starts[index + 1] ?? normal.length;
    for (const match of normal.slice(start, end).matchAll(pattern)) ranges.push([start + match.index, start + match.index + match[0].length]);
  }
  return ranges;
}

function describe(messages: readonly LintMessage[]): string {
  return messages.map((message) => `${message.line}:${message.column} “${message.message.split('\n')[0]}”`).join('; ');
}

/**
 * Run the examples of a rule's phrase entries: each invalid example must get a finding of the rule where that
 * entry's pattern matches it; each valid example must get no finding of the rule at all.
 */
export async function checkRuleExamples(ruleId: string, rule: AnyRule, lint: LintWithOneRule): Promise<ExampleFailure[]> {
  const data = rule.meta.phrases;
  if (!data) return [];
  const failures: ExampleFailure[] = [];
  const compiled = compilePhraseEntries(data, 'example');
  const reported = async (text: string, ruleOptions?: Record<string, unknown>) =>
    (await lint(text, ruleId, ruleOptions)).messages.filter((message) => message.ruleId === ruleId);
  for (const [index, entry] of compiled.entries()) {
    const source: PhraseDataEntry = data.entries[index]!;
    const fail = (kind: ExampleFailure['kind'], example: string, problem: string) =>
      failures.push({ ruleId, location: entryLocation(data.file, source), entryId: entry.id, kind, example, problem });
    if (data.signalContext !== undefined) {
      await checkSignalExamples(data.signalContext, source, entry.pattern, fail, (text) => reported(text, source.examples.ruleOptions));
      continue;
    }
    for (const example of source.examples.invalid) {
      const messages = (await lint(example, ruleId, source.examples.ruleOptions)).messages.filter((message) => message.ruleId === ruleId);
      if (messages.length === 0) {
        fail('invalid', example, 'no finding; this entry should report it');
        continue;
      }
      const ranges = matchRanges(readAsLinted(example), entry.pattern);
      const hit = messages.some((message) => {
        const [start, end] = offsets(example, message);
        return ranges.some(([from, to]) => start < to && from < end);
      });
      if (!hit) {
        fail('invalid', example, ranges.length === 0 ? `the entry's pattern does not match it (the rule reported ${describe(messages)})` : `reported, but not where this entry matches: ${describe(messages)}`);
      }
    }
    for (const example of source.examples.valid ?? []) {
      const messages = (await lint(example, ruleId, source.examples.ruleOptions)).messages.filter((message) => message.ruleId === ruleId);
      if (messages.length > 0) fail('valid', example, `reported: ${describe(messages)}`);
    }
  }
  return failures;
}

/**
 * The examples of a signal entry (data with `signalContext`): the context alone must be reported, so that an
 * example can make a difference; after it, an invalid example must silence the rule and be matched by the
 * entry, and a valid one must leave the finding in place.
 */
async function checkSignalExamples(
  context: string,
  source: PhraseDataEntry,
  pattern: RegExp,
  fail: (kind: ExampleFailure['kind'], example: string, problem: string) => void,
  reported: (text: string) => Promise<LintMessage[]>,
): Promise<void> {
  if ((await reported(context)).length === 0) {
    for (const example of source.examples.invalid) fail('invalid', example, 'the rule does not report the signal context on its own, so no example can count');
    return;
  }
  for (const example of source.examples.invalid) {
    if (matchRanges(readAsLinted(example), pattern).length === 0) fail('invalid', example, "the entry's pattern does not match it");
    else if ((await reported(`${context} ${example}`)).length > 0) fail('invalid', example, 'does not count: the rule still reports the context with it');
  }
  for (const example of source.examples.valid ?? []) {
    if ((await reported(`${context} ${example}`)).length === 0) fail('valid', example, 'counts: the rule falls silent on the context with it');
  }
}

/** One line per failure: `rules/no-blame/phrases.yaml:12 no-blame/you-failed (invalid) "…": no finding…`. */
export function formatExampleFailure(failure: ExampleFailure): string {
  return `${failure.location} ${failure.ruleId} entry "${failure.entryId}", ${failure.kind} example ${JSON.stringify(failure.example)}: ${failure.problem}`;
}
