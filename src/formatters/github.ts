import type { LintMessage } from '../types.js';
import { wholeReport, type Formatter, type StreamingFormatter } from './types.js';
import { displayPath } from './paths.js';
import { terminalText } from './terminal-text.js';

/** Escape the message of a workflow command, as the Actions runner unescapes it. */
export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Escape a property value of a workflow command: `:` and `,` separate properties, so they are escaped too. */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

function command(kind: 'error' | 'warning' | 'notice', properties: Record<string, string | number>, message: string): string {
  const list = Object.entries(properties)
    .map(([key, value]) => `${key}=${escapeProperty(String(value))}`)
    .join(',');
  return `::${kind} ${list}::${escapeData(message)}`;
}

function text(message: LintMessage): string {
  const suggestion = message.suggestions?.[0];
  // The runner prints these lines in the job's log: text from a plugin, a model or a cache file goes in clean.
  const clean = (value: string) => terminalText(value, { keepLineBreaks: true });
  return suggestion ? `${clean(message.message)}\n${message.fix ? 'Fix' : 'Try'}: ${clean(suggestion.desc)}` : clean(message.message);
}

/**
 * GitHub Actions workflow commands: one `::error` or `::warning` annotation per finding, which GitHub shows
 * on the pull request's changed lines, with the rule in the title. Skipped files become `::notice` lines,
 * and a file that could not be linted an `::error` that says why.
 */
export const githubWriter: StreamingFormatter = (context) => ({
  file(result) {
    const lines: string[] = [];
    const file = terminalText(displayPath(result.filePath, context.cwd).split('\\').join('/'));
    if (result.skipped) {
      lines.push(command('notice', { file, title: 'empathy-lint' }, `Skipped: ${terminalText(result.skipped)}`));
    } else if (result.fatal) {
      lines.push(command('error', { file, title: 'empathy-lint' }, `The file could not be linted: ${terminalText(result.fatal)}.`));
    }
    for (const message of result.skipped ? [] : result.messages) {
      const properties = {
        file,
        line: message.line,
        col: message.column,
        endLine: message.endLine,
        endColumn: message.endColumn,
        title: message.ruleId ? `empathy-lint/${terminalText(message.ruleId)}` : 'empathy-lint',
      };
      lines.push(command(message.severity === 2 ? 'error' : 'warning', properties, text(message)));
    }
    return lines.map((line) => `${line}\n`).join('');
  },
  footer: () => '',
});

/** `githubWriter` as a pure function of all the results. */
export const github: Formatter = wholeReport(githubWriter);
