import type { LintMessage } from '../types.js';
import type { Formatter } from './types.js';

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

/** Checkstyle XML, as Jenkins, GitLab's code quality converters and other CI servers read it. */
export const checkstyle: Formatter = (results) => {
  const parts = ['<?xml version="1.0" encoding="utf-8"?>', '<checkstyle version="4.3">'];
  for (const result of results) {
    if (result.skipped || result.fatal) continue;
    parts.push(`<file name="${escapeXml(result.filePath)}">`);
    for (const message of result.messages) parts.push(error(message));
    parts.push('</file>');
  }
  parts.push('</checkstyle>');
  return parts.join('\n') + '\n';
};
