import path from 'node:path';
import { Chalk, type ChalkInstance } from 'chalk';
import type { LintResult } from '../types.js';
import type { Formatter } from './types.js';
import { terminalText } from './terminal-text.js';
import { purposeLabel } from './labels.js';

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

/** A file's path as the report shows it: relative to the working folder, and safe to print on a terminal. */
function shownPath(result: LintResult, cwd: string): string {
  return terminalText(path.isAbsolute(result.filePath) ? path.relative(cwd, result.filePath) || result.filePath : result.filePath);
}

/** "score 71/100 · problem notice (outage) · costs: next-step −12, no-blame −8" */
function header(result: LintResult): string {
  const parts: string[] = [];
  // A catalogue is judged entry by entry: its score is its lowest entry's, and it has no one purpose.
  const entries = result.entries?.length;
  if (result.score !== undefined) parts.push(`score ${result.score}/100${entries ? ` (lowest of ${entries === 1 ? '1 entry' : `${entries} entries`})` : ''}`);
  const purpose = purposeLabel(result);
  if (purpose) parts.push(purpose);
  const costs = (result.scoreBreakdown ?? []).slice(0, 3).map((cost) => `${cost.ruleId} −${cost.cost}`);
  if (costs.length > 0) parts.push(`costs: ${costs.join(', ')}`);
  return parts.join(' · ');
}

/**
 * Human output: findings grouped by file, each with line:column, level, message and rule id, and the
 * suggested rewrite under it; a count of the problems and a line saying what was checked at the end. Kind
 * files are listed only with `verbose`.
 */
export const stylish: Formatter = (results, context) => {
  const chalk = new Chalk({ level: context.color ? 1 : 0 });
  const lines: string[] = [];
  let errors = 0;
  let warnings = 0;
  for (const result of results) {
    const shown = shownPath(result, context.cwd);
    if (result.skipped) {
      lines.push(`${chalk.underline(shown)}`, `  ${chalk.dim(`skipped: ${terminalText(result.skipped)}`)}`, '');
      continue;
    }
    if (result.messages.length === 0) {
      // --verbose: every file's score, kind ones too.
      if (context.verbose) lines.push(`${chalk.underline(shown)}  ${chalk.dim([header(result), 'no problems'].filter(Boolean).join(' · '))}`, '');
      continue;
    }
    errors += result.errorCount;
    warnings += result.warningCount;
    lines.push(`${chalk.underline(shown)}  ${chalk.dim(terminalText(header(result)))}`);
    const width = Math.max(...result.messages.map((message) => `${message.line}:${message.column}`.length));
    for (const message of result.messages) {
      const where = `${message.line}:${message.column}`.padEnd(width);
      const level = message.severity === 2 ? chalk.red('error') : chalk.yellow('warn ');
      // Messages, rule ids and suggestions may come from a plugin, a model or a cache file: never print them raw.
      const rule = message.ruleId ? chalk.dim(terminalText(message.ruleId)) : '';
      // The e-mail part or catalogue key, when the line alone does not say where the copy is.
      const location = message.location ? `${chalk.cyan(`[${terminalText(message.location)}]`)} ` : '';
      lines.push(`  ${chalk.dim(where)}  ${level}  ${location}${terminalText(message.message)}  ${rule}`.trimEnd());
      const indent = ' '.repeat(width + 11);
      // The rule's own description of its first suggestion ("Replace with “Urgent”.", "Remove “Simply”.").
      const suggestion = message.suggestions?.[0];
      if (suggestion) {
        const label = message.fix ? 'fix' : 'try';
        lines.push(`${indent}${chalk.green(`${label}: ${terminalText(suggestion.desc)}`)}`);
      }
    }
    lines.push('');
  }
  const total = errors + warnings;
  if (total > 0) {
    const summary = `✖ ${plural(total, 'problem')} (${plural(errors, 'error')}, ${plural(warnings, 'warning')})`;
    lines.push(errors > 0 ? chalk.red.bold(summary) : chalk.yellow.bold(summary));
  }
  // No results at all: every file named was unreadable, and each already has its line on standard error.
  if (results.length > 0) lines.push(runSummary(results, context.cwd, chalk));
  else if (lines.length === 0) return '';
  return lines.join('\n') + '\n';
};

/**
 * The last line of every run, so that a run with nothing to report still says what it checked: "3 files
 * checked · 1 clean · lowest score 52/100 (outage.txt)", or "✔ launch.md: no problems · score 100/100".
 */
function runSummary(results: readonly LintResult[], cwd: string, chalk: ChalkInstance): string {
  const linted = results.filter((result) => !result.skipped);
  const clean = linted.filter((result) => result.messages.length === 0).length;
  const lowest = linted.reduce<LintResult | undefined>((low, result) => (result.score !== undefined && (low?.score === undefined || result.score < low.score) ? result : low), undefined);
  if (linted.length === 1 && clean === 1) {
    return chalk.green(`✔ ${shownPath(linted[0]!, cwd)}: no problems${lowest ? ` · score ${lowest.score}/100` : ''}`);
  }
  const allClean = linted.length > 0 && clean === linted.length;
  const parts = [plural(linted.length, 'file') + ' checked', allClean ? 'no problems' : `${clean} clean`];
  // The file is named when it is the one to look at first.
  if (lowest && linted.length > 1) parts.push(`lowest score ${lowest.score}/100${lowest.score! < 100 ? ` (${shownPath(lowest, cwd)})` : ''}`);
  else if (lowest) parts.push(`score ${lowest.score}/100`);
  const line = parts.join(' · ');
  return allClean ? chalk.green(`✔ ${line}`) : chalk.dim(line);
}
