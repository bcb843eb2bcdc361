import type { Directive, LintMessage, SeverityNumber, TextDocument } from '../types.js';
import { LineIndex } from '../linter/location.js';
import { sourceRange, type MappedText } from './mapped-text.js';
import { locateQuote } from './locate.js';
import { restore } from './redact.js';
import type { ModelFinding } from './prompt.js';

/** The rule id of every finding of the LLM pass. */
export const llmRuleId = 'llm-tone';

/** A section as sent, with what is needed to map a quote back to the file. */
export interface SentSection {
  /** Redacted text, mapped to the file. */
  text: MappedText;
  /** Placeholder to original, to restore suggestions. */
  originals: ReadonlyMap<string, string>;
  label?: string;
}

/** A finding placed in the file. */
export interface PlacedFinding {
  start: number;
  end: number;
  finding: ModelFinding;
  section: SentSection;
  /** The quoted copy as it reads in the file (placeholders restored). */
  quoted: string;
}

/** Place a finding in its section; undefined when the quote is not in the section's text. */
export function placeFinding(finding: ModelFinding, section: SentSection): PlacedFinding | undefined {
  const range = locateQuote(section.text.text, finding.quote);
  if (!range) return undefined;
  const [start, end] = sourceRange(section.text, range[0], range[1]);
  if (end <= start) return undefined;
  return { start, end, finding, section, quoted: restore(section.text.text.slice(range[0], range[1]), section.originals) };
}

/**
 * Turn placed findings into messages. Findings below `minConfidence`, in regions where every rule is
 * disabled, or on the same range as a rule's finding (or mostly: see `sameRange`) are left out (the rule's finding wins); the
 * same range and category reported twice (by two variants of a template, or two e-mail parts) is kept once.
 */
export function toMessages(
  placed: PlacedFinding[],
  document: TextDocument,
  ruleMessages: readonly LintMessage[],
  options: { severity: SeverityNumber; minConfidence: number },
): LintMessage[] {
  const lines = new LineIndex(document.source);
  const ruleRanges = ruleMessages
    .filter((message) => message.ruleId !== null && message.ruleId !== llmRuleId)
    .map((message) => [offsetOf(lines, message.line, message.column), offsetOf(lines, message.endLine, message.endColumn)] as const);
  const disabled = allRulesDisabled(document, lines);
  const seen = new Set<string>();
  const messages: LintMessage[] = [];
  for (const item of placed) {
    if (item.finding.confidence < options.minConfidence) continue;
    if (disabled(item.start)) continue;
    if (ruleRanges.some(([from, to]) => sameRange(from, to, item.start, item.end))) continue;
    const key = `${item.start}:${item.end}:${item.finding.category}`;
    if (seen.has(key)) continue;
    seen.add(key);
    messages.push(toMessage(item, document.source, lines, options.severity));
  }
  return messages;
}

function toMessage(item: PlacedFinding, source: string, lines: LineIndex, severity: SeverityNumber): LintMessage {
  const from = lines.point(item.start);
  const to = lines.point(item.end);
  const rewrite = restore(item.finding.suggestion.trim(), item.section.originals);
  // The rewrite is offered as an edit only where the quote reads in the file exactly as in the copy: an edit
  // over markup, an entity or an encoded e-mail body would break the file. LLM rewrites are never safe fixes.
  const editable = rewrite !== '' && rewrite !== item.quoted && source.slice(item.start, item.end) === item.quoted;
  let text = sentence(item.finding.explanation) || 'The tone here may not land well with the reader.';
  if (rewrite !== '' && !editable && rewrite !== item.quoted) text += ` Try: “${rewrite}”.`;
  const message: LintMessage = {
    ruleId: llmRuleId,
    severity,
    message: text,
    line: from.line,
    column: from.column,
    endLine: to.line,
    endColumn: to.column,
    messageId: item.finding.category,
  };
  if (item.section.label) message.location = item.section.label;
  if (editable) message.suggestions = [{ desc: `Rewrite as “${rewrite}”.`, fix: { range: [item.start, item.end], text: rewrite } }];
  return message;
}

/** One sentence, capitalised, ending with a full stop. */
function sentence(text: string): string {
  const trimmed = text.trim().replace(/\s+/g, ' ');
  if (trimmed === '') return '';
  const capital = trimmed.charAt(0).toUpperCase() + trimmed.slice(1);
  return /[.!?…]["”’)]?$/.test(capital) ? capital : `${capital}.`;
}

/**
 * Two ranges are (mostly) the same when their overlap is half or more of each: "Failure to pay will result in"
 * and the sentence it starts are; "simply" and the paragraph around it are not, nor a paragraph-wide
 * document finding and a phrase in it.
 */
function sameRange(from: number, to: number, start: number, end: number): boolean {
  const overlap = Math.min(to, end) - Math.max(from, start);
  if (from === start && to === end) return true;
  return overlap > 0 && overlap >= (to - from) / 2 && overlap >= (end - start) / 2;
}

function offsetOf(lines: LineIndex, line: number, column: number): number {
  return lines.lineStart(line) + column - 1;
}

/**
 * Whether an offset is where a control comment turns every rule off (`<!-- empathy-disable -->` regions,
 * `disable-line` and `disable-next-line` without rule ids): the LLM pass stays quiet there too.
 */
function allRulesDisabled(document: TextDocument, lines: LineIndex): (offset: number) => boolean {
  const all = document.directives.filter((directive: Directive) => directive.ruleIds.length === 0);
  if (all.length === 0) return () => false;
  const regions = all.filter((directive) => directive.kind === 'disable' || directive.kind === 'enable').sort((a, b) => a.offset - b.offset);
  const disabledLines = new Set<number>();
  for (const directive of all) {
    if (directive.kind === 'disable-line') disabledLines.add(lines.point(directive.offset).line);
    if (directive.kind === 'disable-next-line') {
      for (let line = lines.point(directive.endOffset).line + 1; line <= lines.lineCount; line++) {
        const start = lines.lineStart(line);
        const end = line < lines.lineCount ? lines.lineStart(line + 1) : document.source.length;
        if (document.source.slice(start, end).trim() !== '') {
          disabledLines.add(line);
          break;
        }
      }
    }
  }
  return (offset) => {
    if (disabledLines.has(lines.point(offset).line)) return true;
    let disabled = false;
    for (const directive of regions) {
      if (directive.offset > offset) break;
      disabled = directive.kind === 'disable';
    }
    return disabled;
  };
}
