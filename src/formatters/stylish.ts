import path from 'node:path';
import { Chalk } from 'chalk';
import type { Formatter } from './types.js';

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

/**
 * Human output: findings grouped by file, each with line:column, level, message and rule id, and the
 * suggested rewrite under it; a summary at the end.
 */
export const stylish: Formatter = (results, context) => {
  const chalk = new Chalk({ level: context.color ? 1 : 0 });
  const lines: string[] = [];
  let errors = 0;
  let warnings = 0;
  for (const result of results) {
    const shown = path.isAbsolute(result.filePath) ? path.relative(context.cwd, result.filePath) || result.filePath : result.filePath;
    if (result.skipped) {
      lines.push(`${chalk.underline(shown)}`, `  ${chalk.dim(`skipped: ${result.skipped}`)}`, '');
      continue;
    }
    if (result.messages.length === 0) continue;
    errors += result.errorCount;
    warnings += result.warningCount;
    lines.push(chalk.underline(shown));
    const width = Math.max(...result.messages.map((message) => `${message.line}:${message.column}`.length));
    for (const message of result.messages) {
      const where = `${message.line}:${message.column}`.padEnd(width);
      const level = message.severity === 2 ? chalk.red('error') : chalk.yellow('warn ');
      const rule = message.ruleId ? chalk.dim(message.ruleId) : '';
      lines.push(`  ${chalk.dim(where)}  ${level}  ${message.message}  ${rule}`.trimEnd());
      const indent = ' '.repeat(width + 11);
      const suggestion = message.fix ?? message.suggestions?.[0]?.fix;
      if (suggestion) {
        const label = message.fix ? 'fix' : 'try';
        const text = suggestion.text === '' ? 'remove it' : `“${suggestion.text}”`;
        lines.push(`${indent}${chalk.green(`${label}: ${text}`)}`);
      }
    }
    lines.push('');
  }
  const total = errors + warnings;
  if (total === 0) return lines.length > 0 ? lines.join('\n') + '\n' : '';
  const summary = `✖ ${plural(total, 'problem')} (${plural(errors, 'error')}, ${plural(warnings, 'warning')})`;
  lines.push(errors > 0 ? chalk.red.bold(summary) : chalk.yellow.bold(summary));
  return lines.join('\n') + '\n';
};
