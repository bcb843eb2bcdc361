import type { TextDocument, TextUnit } from '../types.js';
import { expandTemplateBranches, maskTemplates, verbatimUnit } from './units.js';
import { scanDirectiveComments } from './directives.js';
import { maskCodeComments } from './sniff.js';

/**
 * Plain text: every paragraph (text between blank lines) is a unit, and so is a line underlined with "===" or "---"
 * (a heading). Template tags are masked; control
 * comments (`<!-- empathy-disable -->`) work as in Markdown and are not linted as copy, and neither are the comments
 * of a code module that holds an e-mail (see `maskCodeComments`). Each branch of a template conditional is read on
 * its own (see `expandTemplateBranches`).
 */
export function parseText(source: string): TextDocument {
  const directives = scanDirectiveComments(source);
  let masked = maskTemplates(source);
  for (const directive of directives) {
    masked =
      masked.slice(0, directive.offset) +
      masked.slice(directive.offset, directive.endOffset).replace(/[^\r\n]/g, ' ') +
      masked.slice(directive.endOffset);
  }
  masked = maskCodeComments(masked);
  const units: TextUnit[] = [];
  // Drafts often start with "Subject:" and "Preheader:" lines, as e-mail tools show them.
  const header = /^(subject|preheader|preview)[ \t]*:[ \t]*([^\r\n]*)(?:\r?\n|$)/i;
  let bodyStart = 0;
  for (let match = header.exec(masked); match; match = header.exec(masked.slice(bodyStart))) {
    const label = match[1]!.toLowerCase();
    const valueStart = bodyStart + match[0].indexOf(match[2]!, match[1]!.length);
    const unit = verbatimUnit(label === 'subject' ? 'subject' : 'preheader', masked, valueStart, valueStart + match[2]!.trimEnd().length);
    if (unit) units.push(unit);
    bodyStart += match[0].length;
  }
  const frontMatter: Record<string, unknown> = {};
  for (const unit of units) frontMatter[unit.kind] = unit.text;
  masked = ' '.repeat(bodyStart) + masked.slice(bodyStart);
  // A line underlined with "===" or "---" is a heading, as in Markdown's setext headings: plain-text e-mails set their
  // section titles this way ("WHAT YOU CAN DO" over a line of dashes). The underline is not copy.
  // Only a line of its own (after a blank line or at the start), short and not ending a sentence: the last line of a
  // paragraph over a divider ("…and you\nignored our reminders.\n--------") stays in its paragraph.
  const underlined = /(?:^|\n[ \t]*\r?\n)([ \t]*\S[^\r\n]{0,79}?)[ \t]*\r?\n[ \t]*(?:={3,}|-{3,})[ \t]*(?=\r?\n|$)/g;
  const headings: [number, number][] = [];
  for (const match of masked.matchAll(underlined)) {
    if (/[.,;]$/.test(match[1]!.trimEnd())) continue;
    const start = match.index + match[0].indexOf(match[1]!);
    const unit = verbatimUnit('heading', masked, start, start + match[1]!.length);
    if (unit) units.push(unit);
    headings.push([start, match.index + match[0].length]);
  }
  for (const [from, to] of headings) masked = masked.slice(0, from) + masked.slice(from, to).replace(/[^\r\n]/g, ' ') + masked.slice(to);
  const paragraph = /\S[^\n]*(?:\r?\n[^\n]*\S[^\n]*)*/g;
  for (const match of masked.matchAll(paragraph)) {
    const unit = verbatimUnit('paragraph', masked, match.index, match.index + match[0].length);
    if (unit) units.push(unit);
  }
  units.sort((a, b) => (a.offsets[0] ?? 0) - (b.offsets[0] ?? 0));
  return { syntax: 'text', source, units: expandTemplateBranches(units, source), directives, frontMatter };
}
