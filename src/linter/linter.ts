import type {
  AnyRule,
  CopyEntry,
  CopyInfo,
  CopyKind,
  Directive,
  Fix,
  LintMessage,
  ReportDescriptor,
  ResolvedConfig,
  RuleVisitors,
  Sentence,
  MessagePurpose,
  PurposeAnalysis,
  ScoreCost,
  Suggestion,
  TextDocument,
  TextUnit,
} from '../types.js';
import { LineIndex } from './location.js';
import { compareIds, computeScore } from './score.js';
import { PLACEHOLDER_CHAR, maskTemplates, scanTemplateTags } from '../syntax/units.js';
import { inferPurpose, parsePurposeName } from '../purpose/index.js';
import { normalize, parseUnit, type ParsedUnit } from './sentences.js';
import { emphasisMarker } from './normalize.js';
import { segmentDocument, type CopySegment } from './segments.js';

/** A finding before filtering, with offsets into the original file. */
export interface RawFinding {
  ruleId: string | null;
  messageId?: string;
  message: string;
  start: number;
  end: number;
  /** The unit the finding is in (used for `allow` phrases). */
  unit?: TextUnit;
  unitStart?: number;
  unitEnd?: number;
  fix?: Fix;
  suggestions?: Suggestion[];
}

/** Error thrown when a rule crashes; the message names the rule. */
export class RuleError extends Error {
  constructor(
    readonly ruleId: string,
    cause: unknown,
  ) {
    super(`rule "${ruleId}" crashed: ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
    this.name = 'RuleError';
  }
}

/** Fill `{name}` placeholders of a message template. */
export function formatMessage(template: string, data: Record<string, string | number> | undefined): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    data && Object.hasOwn(data, name) ? (name === 'actual' ? String(data[name]).replace(emphasisMarker, '') : String(data[name])) : whole,
  );
}

/**
 * Run the enabled rules of `config` over a parsed document and return its messages, filtered by inline
 * directives and `allow` phrases, with severities applied, sorted by position. No I/O happens here.
 *
 * The document is first cut into the pieces judged on their own (see `segmentDocument`): the whole file, or each
 * entry of a string catalogue. Rules with `meta.scope: 'message'` run once per piece that is a message, and never
 * on UI strings; other rules run once over the whole file.
 */
export function runRules(document: TextDocument, config: ResolvedConfig, filePath?: string): DocumentOutcome {
  const findings: RawFinding[] = [];

  // Every unit is parsed first: whether copy is a message or a UI string depends on all of it.
  const parsed = new Map<TextUnit, ParsedUnit>();
  let sentenceIndex = 0;
  document.units.forEach((unit, unitIndex) => {
    const result = parseUnit(unit, unitIndex, sentenceIndex);
    sentenceIndex += result.sentences.length;
    parsed.set(unit, result);
  });
  const sentencesOf = (unit: TextUnit) => parsed.get(unit)?.sentences ?? [];
  const explicit = explicitPurpose(document, config);
  const segments = segmentDocument(document, sentencesOf, config, explicit !== undefined);
  const segmentOf = new Map<TextUnit, CopySegment>();
  for (const segment of segments) for (const unit of segment.units) segmentOf.set(unit, segment);
  const infos = new Map<CopySegment, CopyInfo>();
  const infoOf = (segment: CopySegment): CopyInfo => {
    let info = infos.get(segment);
    if (!info) {
      const purpose = decidePurpose(explicit, segment.units.flatMap((unit) => sentencesOf(unit)), document.source);
      info = { kind: segment.kind, kindSource: segment.kindSource, purpose };
      infos.set(segment, info);
    }
    return info;
  };
  const whole: CopySegment = { units: document.units, kind: segments[0]?.kind ?? 'ui-string', kindSource: 'inferred' };
  const copyOf = (target: Sentence | TextUnit): CopyInfo => infoOf(segmentOf.get('tokens' in target ? target.unit : target) ?? segments[0] ?? whole);
  // The file's own purpose: its only piece's, or for a catalogue of many entries the one config or front matter sets.
  let documentPurpose: PurposeAnalysis | undefined;
  const getDocumentPurpose = () =>
    (documentPurpose ??=
      segments.length === 1 ? infoOf(segments[0]!).purpose : (explicit ? decidePurpose(explicit, []) : { type: 'general', source: 'inferred' }));

  const make = (id: string, rule: AnyRule, setting: { options: Record<string, unknown> }, seen: Sentence[], purpose: () => PurposeAnalysis): RuleVisitors => {
    const context = {
      ruleId: id,
      options: setting.options,
      document,
      filePath,
      report: (descriptor: ReportDescriptor) => {
        findings.push(toFinding(id, rule, descriptor, document));
      },
      sentences: () => seen,
      purpose,
      copyOf,
    };
    try {
      return rule.create(context);
    } catch (error) {
      throw new RuleError(id, error);
    }
  };

  const documentSentences: Sentence[] = [];
  const active: { id: string; visitors: RuleVisitors }[] = [];
  const perMessage: { id: string; rule: AnyRule; setting: { options: Record<string, unknown> } }[] = [];
  for (const [id, setting] of Object.entries(config.rules)) {
    if (setting.level === 'off') continue;
    const rule = config.ruleset.get(id);
    if (!rule) continue;
    if (rule.meta.scope === 'message') perMessage.push({ id, rule, setting });
    else active.push({ id, visitors: make(id, rule, setting, documentSentences, getDocumentPurpose) });
  }
  // Whole-message rules, one set per message, made when its first unit comes.
  const messageRules = new Map<CopySegment, { sentences: Sentence[]; rules: { id: string; visitors: RuleVisitors }[] }>();
  const rulesFor = (segment: CopySegment | undefined) => {
    if (!segment || segment.kind !== 'message' || perMessage.length === 0) return undefined;
    let entry = messageRules.get(segment);
    if (!entry) {
      const sentences: Sentence[] = [];
      const rules = perMessage.map(({ id, rule, setting }) => ({ id, visitors: make(id, rule, setting, sentences, () => infoOf(segment).purpose) }));
      entry = { sentences, rules };
      messageRules.set(segment, entry);
    }
    return entry;
  };

  const call = (id: string, run: () => void) => {
    try {
      run();
    } catch (error) {
      if (error instanceof RuleError) throw error;
      throw new RuleError(id, error);
    }
  };

  document.units.forEach((unit, unitIndex) => {
    const { tree, sentences } = parsed.get(unit)!;
    const message = rulesFor(segmentOf.get(unit));
    const visitorsHere = message ? [...active, ...message.rules] : active;
    // One at a time: a spread of a huge paragraph's sentences would overflow the call stack.
    for (const sentence of sentences) {
      documentSentences.push(sentence);
      message?.sentences.push(sentence);
    }
    for (const { id, visitors } of visitorsHere) {
      if (visitors.unit) call(id, () => visitors.unit!(unit, unitIndex, tree));
    }
    for (const sentence of sentences) {
      for (const { id, visitors } of visitorsHere) {
        if (visitors.sentence) call(id, () => visitors.sentence!(sentence));
      }
    }
  });
  for (const { id, visitors } of active) {
    if (visitors.done) call(id, () => visitors.done!());
  }
  for (const { rules } of messageRules.values()) {
    for (const { id, visitors } of rules) {
      if (visitors.done) call(id, () => visitors.done!());
    }
  }

  for (const note of document.notes ?? []) {
    findings.push({ ruleId: null, message: capitalise(note) + '.', start: 0, end: 0 });
  }

  const units = new Map<LintMessage, TextUnit>();
  const messages = finalize(document, config, findings, units);
  const { evidence: _evidence, ...publicPurpose } = getDocumentPurpose();
  if (segments.length <= 1) {
    const { score, breakdown } = computeScore(messages, config.ruleset);
    return { messages, purpose: publicPurpose, copyKind: segments[0]?.kind ?? 'ui-string', score, scoreBreakdown: breakdown };
  }
  // A catalogue is many short messages: each entry is scored on its own, and the file gets its lowest entry's score.
  const bySegment = new Map<CopySegment, LintMessage[]>(segments.map((segment) => [segment, []]));
  for (const message of messages) {
    const unit = units.get(message);
    const segment = unit ? segmentOf.get(unit) : undefined;
    if (segment) bySegment.get(segment)!.push(message);
  }
  const entries: CopyEntry[] = [];
  let lowest: { score: number; breakdown: ScoreCost[] } = { score: 100, breakdown: [] };
  for (const [segment, found] of bySegment) {
    const scored = computeScore(found, config.ruleset);
    if (scored.score < lowest.score) lowest = scored;
    const { evidence: _unused, ...purpose } = infoOf(segment).purpose;
    entries.push({ location: segment.location ?? '', copyKind: segment.kind, purpose, score: scored.score, findings: found.length });
  }
  return { messages, purpose: publicPurpose, copyKind: 'entries', entries, score: lowest.score, scoreBreakdown: lowest.breakdown };
}

/** What linting one document gives. */
export interface DocumentOutcome {
  messages: LintMessage[];
  purpose: MessagePurpose;
  /** What the file is: one message, one UI string, or (a catalogue) `entries` judged one by one. */
  copyKind?: CopyKind | 'entries';
  /** A catalogue's entries, when it has more than one. */
  entries?: CopyEntry[];
  score: number;
  scoreBreakdown: ScoreCost[];
}

/** A purpose set for the whole file: config `messageType` wins over front matter `type:`. */
function explicitPurpose(document: TextDocument, config: ResolvedConfig): { parsed: Pick<MessagePurpose, 'type' | 'problem'>; source: MessagePurpose['source'] } | undefined {
  const explicit: [string | undefined, MessagePurpose['source']][] = [
    [config.messageType, 'config'],
    [typeof document.frontMatter?.['type'] === 'string' ? (document.frontMatter['type'] as string) : undefined, 'front-matter'],
  ];
  for (const [value, source] of explicit) {
    if (!value) continue;
    const parsed = parsePurposeName(value);
    if (parsed) return { parsed, source };
  }
  return undefined;
}

/** The explicit purpose, completed with what the copy says (the kind of problem, and the sentence naming it); or the inferred one. */
function decidePurpose(explicit: ReturnType<typeof explicitPurpose>, sentences: readonly Sentence[], text?: string): PurposeAnalysis {
  const inferred = inferPurpose(sentences, text);
  if (!explicit) return inferred;
  const { parsed, source } = explicit;
  const problem = parsed.problem ?? (parsed.type === 'problem' ? inferred.problem : undefined);
  const evidence = parsed.type === 'problem' ? inferred.evidence : undefined;
  return { type: parsed.type, ...(problem ? { problem } : {}), source, ...(evidence ? { evidence } : {}) };
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function toFinding(ruleId: string, rule: AnyRule, descriptor: ReportDescriptor, document: TextDocument): RawFinding {
  const template = rule.meta.messages[descriptor.messageId];
  if (template === undefined) {
    throw new RuleError(ruleId, new Error(`reported unknown messageId "${descriptor.messageId}"`));
  }
  const unit = descriptor.sentence?.unit ?? descriptor.unit;
  const base = descriptor.sentence?.start ?? 0;
  let start = 0;
  let end = 0;
  let unitStart: number | undefined;
  let unitEnd: number | undefined;
  if (unit) {
    unitStart = base + (descriptor.start ?? 0);
    unitEnd = base + (descriptor.end ?? (descriptor.sentence ? descriptor.sentence.text.length : unit.text.length));
    unitStart = Math.max(0, Math.min(unitStart, unit.text.length));
    unitEnd = Math.max(unitStart, Math.min(unitEnd, unit.text.length));
    start = unit.offsets[unitStart]!;
    end = unitEnd > unitStart ? unit.offsets[unitEnd - 1]! + 1 : start;
  }
  // Masked template tags and placeholders ("xxxxxxxx") are shown to the reader as written ("{{order_id}}").
  const restore = unit ? maskRestorer(unit, document.source, unitStart, unitEnd) : (text: string) => text;
  const data = descriptor.data && Object.fromEntries(Object.entries(descriptor.data).map(([key, value]) => [key, typeof value === 'string' ? restore(value) : value]));
  const finding: RawFinding = {
    ruleId,
    messageId: descriptor.messageId,
    message: formatMessage(template, data),
    start,
    end,
  };
  if (unit) {
    finding.unit = unit;
    finding.unitStart = unitStart!;
    finding.unitEnd = unitEnd!;
  }
  if (descriptor.suggestions && descriptor.suggestions.length > 0 && unit) {
    // An edit over markup or a masked template tag ("**any** inconvenience", "{{name}}") would break the
    // source, so only edits whose range reads in the source exactly as in the copy are offered.
    const suggestions: Suggestion[] = [];
    for (const suggestion of descriptor.suggestions) {
      const [from, to] = suggestion.at ? sourceRange(suggestion.at) : [start, end];
      const copy = suggestion.at
        ? suggestion.at.sentence.text.slice(suggestion.at.start, suggestion.at.end)
        : unit.text.slice(unitStart, unitEnd);
      const text = restore(suggestion.text);
      // A rewrite that still holds a mask would write "xxxx" into the copy: it is not offered.
      if (text !== suggestion.text && hasMask(text)) continue;
      if (!editable(document.source.slice(from, to), copy, text)) continue;
      suggestions.push({
        desc: restore(suggestion.desc ?? describeEdit(copy, text)),
        fix: { range: [from, to], text },
      });
    }
    if (suggestions.length > 0) finding.suggestions = suggestions;
    // E-mail bodies are often quoted-printable or base64: a raw edit there could corrupt the message, so
    // .eml files get suggestions to apply by hand but no automatic fixes.
    const fixable = document.syntax !== 'eml';
    if (fixable && rule.meta.fix === 'safe' && descriptor.safeFix && suggestions.length === descriptor.suggestions.length && suggestions[0]) {
      finding.fix = suggestions[0].fix;
    }
  }
  return finding;
}

/** A run of the mask character that stands alone as a word, or runs into a capital ("{{days}}Days"): a masked tag in copy. */
const maskRun = new RegExp(`(?<![\\p{L}\\p{N}])${PLACEHOLDER_CHAR}{2,}(?![\\p{Ll}\\p{N}])`, 'gu');

function hasMask(text: string): boolean {
  maskRun.lastIndex = 0;
  return maskRun.test(text);
}

/**
 * A function that gives back, in a text quoted from `unit`, the source of each masked tag or placeholder: runs of
 * the mask character that differ from the source are matched to the unit's masked runs by length, in order, those
 * inside the reported range (`from` to `to` in the unit's text) first. Two placeholders of the same length
 * ("{name} bought this {time} ago") are then each shown as the one the quoted words hold.
 */
function maskRestorer(unit: TextUnit, source: string, from = 0, to = unit.text.length): (text: string) => string {
  let runs: { at: number; length: number; original: string }[] | undefined;
  return (text) => {
    if (!text.includes(PLACEHOLDER_CHAR + PLACEHOLDER_CHAR)) return text;
    runs ??= maskedRuns(unit, source).sort((a, b) => Number(!inside(a)) - Number(!inside(b)));
    if (runs.length === 0) return text;
    const used = new Set<number>();
    return text.replace(maskRun, (masked) => {
      const index = runs!.findIndex((run, at) => !used.has(at) && run.length === masked.length);
      if (index === -1) return masked;
      used.add(index);
      return runs![index]!.original;
    });
  };
  function inside(run: { at: number; length: number }): boolean {
    return run.at < to && run.at + run.length > from;
  }
}

/** The runs of the unit's text that are masks, with where each starts and the source it stands for. */
function maskedRuns(unit: TextUnit, source: string): { at: number; length: number; original: string }[] {
  const runs: { at: number; length: number; original: string }[] = [];
  const { text, offsets } = unit;
  for (let index = 0; index < text.length; ) {
    if (text[index] !== PLACEHOLDER_CHAR) {
      index++;
      continue;
    }
    let end = index + 1;
    while (end < text.length && text[end] === PLACEHOLDER_CHAR && offsets[end] === offsets[end - 1]! + 1) end++;
    const original = source.slice(offsets[index]!, offsets[end - 1]! + 1);
    if (original !== text.slice(index, end)) runs.push({ at: index, length: end - index, original });
    index = end;
  }
  return runs;
}

/** "Replace with “an inconvenience”.", or "Remove “Obviously,”." when the edit only drops leading words. */
function describeEdit(original: string, replacement: string): string {
  const trimmed = original.trim();
  if (replacement.trim() === '') return trimmed ? `Remove “${trimmed}”.` : 'Remove it.';
  const tail = replacement.trim();
  if (trimmed.length > tail.length && trimmed.toLowerCase().endsWith(tail.toLowerCase())) {
    const removed = trimmed.slice(0, trimmed.length - tail.length).trim();
    if (removed) return `Remove “${removed}”.`;
  }
  return `Replace with “${replacement}”.`;
}

/**
 * An edit may replace a source range when the range reads exactly as the copy does, or when the only
 * difference is template tags that the replacement carries over unchanged ("Hi {{name}}, ACT NOW" can become
 * "Hi {{name}}, act now"). Markup in the range (`**bold**`, entities, escapes) rules the edit out.
 */
function editable(source: string, copy: string, replacement: string): boolean {
  if (source === copy) return true;
  const tags = scanTemplateTags(source);
  if (tags.length === 0 || maskTemplates(source) !== copy) return false;
  return tags.every((tag) => replacement.includes(source.slice(tag.start, tag.end)));
}

/** Offsets in the original file of a range given in a sentence's text; an empty range inserts. */
function sourceRange(at: { sentence: { unit: TextUnit; start: number }; start: number; end: number }): [number, number] {
  const { unit } = at.sentence;
  const from = Math.max(0, Math.min(at.sentence.start + at.start, unit.text.length));
  const to = Math.max(from, Math.min(at.sentence.start + at.end, unit.text.length));
  if (to === from) {
    // Insert right after the previous character, so text lands before any markup or line break that follows.
    const offset = from > 0 ? unit.offsets[from - 1]! + 1 : unit.offsets[0]!;
    return [offset, offset];
  }
  return [unit.offsets[from]!, unit.offsets[to - 1]! + 1];
}

/** Apply `allow` phrases, inline directives and severities, then sort and de-duplicate. */
function finalize(document: TextDocument, config: ResolvedConfig, findings: RawFinding[], units: Map<LintMessage, TextUnit>): LintMessage[] {
  const lines = new LineIndex(document.source);
  const directives = new DirectiveIndex(document, lines);
  const messages: LintMessage[] = [];
  const seen = new Set<string>();

  for (const unknown of directives.unknownRuleIds(config)) {
    findings.push(unknown);
  }

  for (const finding of findings) {
    if (finding.ruleId !== null) {
      const setting = config.rules[finding.ruleId];
      if (!setting || setting.level === 'off') continue;
      if (isAllowed(finding, setting.options['allow'])) continue;
      if (directives.isDisabled(finding.ruleId, finding.start)) continue;
    }
    const severity = finding.ruleId === null ? 1 : config.rules[finding.ruleId]!.level === 'error' ? 2 : 1;
    const from = lines.point(finding.start);
    const to = lines.point(finding.end);
    const key = `${finding.ruleId}:${finding.start}:${finding.end}:${finding.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const message: LintMessage = {
      ruleId: finding.ruleId,
      severity,
      message: finding.message,
      line: from.line,
      column: from.column,
      endLine: to.line,
      endColumn: to.column,
    };
    if (finding.messageId) message.messageId = finding.messageId;
    if (finding.unit?.label) message.location = finding.unit.label;
    if (finding.fix) message.fix = finding.fix;
    if (finding.suggestions) message.suggestions = finding.suggestions;
    if (finding.unit) units.set(message, finding.unit);
    messages.push(message);
  }

  return messages.sort(
    (a, b) =>
      a.line - b.line ||
      a.column - b.column ||
      a.endLine - b.endLine ||
      a.endColumn - b.endColumn ||
      compareIds(String(a.ruleId), String(b.ruleId)),
  );
}

/**
 * A finding is allowed when one of the rule's `allow` phrases occurs in the same unit and overlaps it, so
 * `allow: ["Easy Tiger"]` keeps "Easy Tiger Bakery" from being read as condescension.
 */
function isAllowed(finding: RawFinding, allow: unknown): boolean {
  if (!Array.isArray(allow) || allow.length === 0 || !finding.unit) return false;
  const text = normalize(finding.unit.text);
  for (const phrase of allow) {
    if (typeof phrase !== 'string' || phrase.trim() === '') continue;
    const needle = normalize(phrase.trim()).replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');
    for (const match of text.matchAll(new RegExp(needle, 'g'))) {
      const start = match.index;
      const end = start + match[0].length;
      if (start < finding.unitEnd! && end > finding.unitStart!) return true;
      if (start === finding.unitStart && end === finding.unitEnd) return true;
    }
  }
  return false;
}

/** Answers whether a rule is disabled at an offset, from the document's control comments. */
class DirectiveIndex {
  /** `disable` and `enable` comments in source order. */
  private readonly regions: Directive[];
  /** Source ranges covered by `disable-line` and `disable-next-line` comments. */
  private readonly lineRanges: { start: number; end: number; ruleIds: string[] }[] = [];

  constructor(
    private readonly document: TextDocument,
    private readonly lines: LineIndex,
  ) {
    this.regions = document.directives
      .filter((directive) => directive.kind === 'disable' || directive.kind === 'enable')
      .sort((a, b) => a.offset - b.offset);
    for (const directive of document.directives) {
      if (directive.kind !== 'disable-line' && directive.kind !== 'disable-next-line') continue;
      const line = this.targetLine(directive);
      if (line === undefined) continue;
      const start = lines.lineStart(line);
      const end = line < lines.lineCount ? lines.lineStart(line + 1) : document.source.length + 1;
      this.lineRanges.push({ start, end, ruleIds: directive.ruleIds });
    }
  }

  /** The line a `disable-line` or `disable-next-line` comment applies to: its own, or the next line with copy. */
  private targetLine(directive: Directive): number | undefined {
    const own = this.lines.point(directive.offset).line;
    if (directive.kind === 'disable-line') return own;
    const end = this.lines.point(directive.endOffset).line;
    for (let line = end + 1; line <= this.lines.lineCount; line++) {
      const start = this.lines.lineStart(line);
      const stop = line < this.lines.lineCount ? this.lines.lineStart(line + 1) : this.document.source.length;
      if (this.document.source.slice(start, stop).trim() !== '') return line;
    }
    return undefined;
  }

  isDisabled(ruleId: string, offset: number): boolean {
    const applies = (ids: string[]) => ids.length === 0 || ids.includes(ruleId);
    for (const range of this.lineRanges) {
      if (offset >= range.start && offset < range.end && applies(range.ruleIds)) return true;
    }
    let disabled = false;
    for (const directive of this.regions) {
      if (directive.offset > offset) break;
      if (applies(directive.ruleIds)) disabled = directive.kind === 'disable';
    }
    return disabled;
  }

  /** Warnings for rule ids in control comments that no rule has. */
  unknownRuleIds(config: ResolvedConfig): RawFinding[] {
    const findings: RawFinding[] = [];
    for (const directive of this.document.directives) {
      for (const id of directive.ruleIds) {
        // `llm-tone` findings come from the optional LLM pass, which reads the same comments.
        if (config.ruleset.has(id) || id === 'llm-tone') continue;
        findings.push({
          ruleId: null,
          message: `The control comment names “${id}”, which is not a rule, so it has no effect. Run \`empathy-lint --list-rules\` to see the rule ids.`,
          start: directive.offset,
          end: directive.endOffset,
        });
      }
    }
    return findings;
  }
}

