import path from 'node:path';
import { Chalk, type ChalkInstance } from 'chalk';
import type { LintResult } from '../types.js';
import { wholeReport, type Formatter, type StreamingFormatter } from './types.js';
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
 * files are listed only with `verbose`. Files that could not be linted are named on standard error by the
 * command line, not here.
 */
export const stylishWriter: StreamingFormatter = (context) => {
  const chalk = new Chalk({ level: context.color ? 1 : 0 });
  let errors = 0;
  let warnings = 0;
  let reported = 0;
  const summary: RunTally = { linted: 0, clean: 0 };
  const lines = (list: string[]) => list.map((line) => `${line}\n`).join('');
  return {
    file(result) {
      if (result.fatal) return '';
      reported++;
      const shown = shownPath(result, context.cwd);
      if (result.skipped) return lines([`${chalk.underline(shown)}`, `  ${chalk.dim(`skipped: ${terminalText(result.skipped)}`)}`, '']);
      tally(summary, result, shown);
      if (result.messages.length === 0) {
        // --verbose: every file's score, kind ones too.
        return context.verbose ? lines([`${chalk.underline(shown)}  ${chalk.dim([header(result), 'no problems'].filter(Boolean).join(' · '))}`, '']) : '';
      }
      errors += result.errorCount;
      warnings += result.warningCount;
      const out = [`${chalk.underline(shown)}  ${chalk.dim(terminalText(header(result)))}`];
      // A reduce, not Math.max(...): a file can have more findings than a call can take arguments.
      const width = result.messages.reduce((widest, message) => Math.max(widest, `${message.line}:${message.column}`.length), 0);
      for (const message of result.messages) {
        const where = `${message.line}:${message.column}`.padEnd(width);
        const level = message.severity === 2 ? chalk.red('error') : chalk.yellow('warn ');
        // Messages, rule ids and suggestions may come from a plugin, a model or a cache file: never print them raw.
        const rule = message.ruleId ? chalk.dim(terminalText(message.ruleId)) : '';
        // The e-mail part or catalogue key, when the line alone does not say where the copy is.
        const location = message.location ? `${chalk.cyan(`[${terminalText(message.location)}]`)} ` : '';
        out.push(`  ${chalk.dim(where)}  ${level}  ${location}${terminalText(message.message)}  ${rule}`.trimEnd());
        const indent = ' '.repeat(width + 11);
        // The rule's own description of its first suggestion ("Replace with “Urgent”.", "Remove “Simply”.").
        const suggestion = message.suggestions?.[0];
        if (suggestion) {
          const label = message.fix ? 'fix' : 'try';
          out.push(`${indent}${chalk.green(`${label}: ${terminalText(suggestion.desc)}`)}`);
        }
      }
      out.push('');
      return lines(out);
    },
    footer() {
      const out: string[] = [];
      const total = errors + warnings;
      if (total > 0) {
        const count = `✖ ${plural(total, 'problem')} (${plural(errors, 'error')}, ${plural(warnings, 'warning')})`;
        out.push(errors > 0 ? chalk.red.bold(count) : chalk.yellow.bold(count));
      }
      // No results at all: every file named was unreadable, and each already has its line on standard error.
      if (reported > 0) out.push(runSummary(summary, chalk));
      return lines(out);
    },
  };
};

/** `stylishWriter` as a pure function of all the results. */
export const stylish: Formatter = wholeReport(stylishWriter);

/** What the closing line needs, gathered file by file: counts, the first file, and the lowest score. */
interface RunTally {
  linted: number;
  clean: number;
  first?: string;
  lowest?: { score: number; shown: string };
}

function tally(summary: RunTally, result: LintResult, shown: string): void {
  summary.linted++;
  if (result.messages.length === 0) summary.clean++;
  summary.first ??= shown;
  // The first file with the lowest score, as a reduce over all of them would find it.
  if (result.score !== undefined && (summary.lowest === undefined || result.score < summary.lowest.score)) summary.lowest = { score: result.score, shown };
}

/**
 * The last line of every run, so that a run with nothing to report still says what it checked: "3 files
 * checked · 1 clean · lowest score 52/100 (outage.txt)", or "✔ launch.md: no problems · score 100/100".
 */
function runSummary({ linted, clean, first, lowest }: RunTally, chalk: ChalkInstance): string {
  if (linted === 1 && clean === 1) {
    return chalk.green(`✔ ${first!}: no problems${lowest ? ` · score ${lowest.score}/100` : ''}`);
  }
  const allClean = linted > 0 && clean === linted;
  const parts = [plural(linted, 'file') + ' checked', allClean ? 'no problems' : `${clean} clean`];
  // The file is named when it is the one to look at first.
  if (lowest && linted > 1) parts.push(`lowest score ${lowest.score}/100${lowest.score < 100 ? ` (${lowest.shown})` : ''}`);
  else if (lowest) parts.push(`score ${lowest.score}/100`);
  const line = parts.join(' · ');
  return allClean ? chalk.green(`✔ ${line}`) : chalk.dim(line);
}
