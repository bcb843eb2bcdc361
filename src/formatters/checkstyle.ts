import type { LintMessage } from '../types.js';
import { wholeReport, type Formatter, type StreamingFormatter } from './types.js';

/**
 * Escape text for an XML attribute. Characters XML 1.0 cannot hold at all (most control characters, lone
 * surrogates) are dropped rather than producing a file no CI server can parse, and so are DEL and the C1
 * controls, which XML discourages and a terminal showing the report would obey (0x9b starts a sequence).
 */
export function escapeXml(text: string): string {
  return text
    .replace(/[^\t\n\r\u0020-\u007E\u00A0-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
    .replace(/\t/g, '&#9;')
    .replace(/\n/g, '&#10;')
    .replace(/\r/g, '&#13;');
}

function error(message: LintMessage): string {
  const source = message.ruleId ? `empathy-lint.rules.${message.ruleId}` : 'empathy-lint';
  const attributes = [
    `line="${message.line}"`,
    `column="${message.column}"`,
    `severity="${message.severity === 2 ? 'error' : 'warning'}"`,
    `message="${escapeXml(message.message + (message.ruleId ? ` (${message.ruleId})` : ''))}"`,
    `source="${escapeXml(source)}"`,
  ];
  return `<error ${attributes.join(' ')} />`;
}

const opening = '<?xml version="1.0" encoding="utf-8"?>\n<checkstyle version="4.3">\n';

/**
 * Checkstyle XML, as Jenkins, GitLab's code quality converters and other CI servers read it. A file that
 * could not be linted gets one error at line 1 that says why, as ESLint reports a fatal parsing error.
 */
export const checkstyleWriter: StreamingFormatter = () => {
  let opened = false;
  const open = () => {
    if (opened) return '';
    opened = true;
    return opening;
  };
  return {
    file(result) {
      if (result.skipped) return '';
      const parts = [`<file name="${escapeXml(result.filePath)}">`];
      if (result.fatal) {
        const text = escapeXml(`The file could not be linted: ${result.fatal}.`);
        parts.push(`<error line="1" column="1" severity="error" message="${text}" source="empathy-lint" />`);
      }
      for (const message of result.messages) parts.push(error(message));
      parts.push('</file>');
      return open() + parts.map((part) => `${part}\n`).join('');
    },
    footer: () => `${open()}</checkstyle>\n`,
  };
};

/** `checkstyleWriter` as a pure function of all the results. */
export const checkstyle: Formatter = wholeReport(checkstyleWriter);
