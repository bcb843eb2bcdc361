import type { Root as NlcstRoot, Sentence as NlcstSentence } from 'nlcst';
import type { ZodType } from 'zod';
import type { MessagePurpose } from './purpose/names.js';
import type { PhraseData } from './phrases/types.js';

export type { MessagePurpose };

/** How a rule's findings are treated. */
export type RuleLevel = 'off' | 'warn' | 'error';

/** Numeric severity in results, as in ESLint: 1 is a warning, 2 an error. */
export type SeverityNumber = 1 | 2;

/**
 * The input formats the linter understands. `catalog` (JSON or YAML string catalogues) is never chosen by
 * file extension: catalogues are opted into by glob, since not every JSON or YAML file is copy.
 */
export type SyntaxName = 'markdown' | 'text' | 'html' | 'eml' | 'mjml' | 'catalog' | 'jsx';

/** What kind of copy a unit of text is, as far as the syntax module can tell. */
export type UnitKind =
  | 'subject'
  | 'preheader'
  /** An HTML `<title>` or MJML `<mj-title>`: shown in a browser tab or a web-version header, not as the subject. */
  | 'title'
  | 'heading'
  | 'paragraph'
  | 'table-cell'
  | 'alt-text'
  | 'text';

/**
 * A run of visible copy taken from a file (a paragraph, a heading, the subject line...).
 * `offsets[i]` is the offset in the original file of `text[i]`; `offsets[text.length]` is the end.
 */
export interface TextUnit {
  kind: UnitKind;
  text: string;
  offsets: readonly number[];
  /**
   * Where the unit sits, when the format has names for that: the key path in a string catalogue
   * (`checkout.errors.declined`), the MIME part of an e-mail message (`part 1.2 text/html`).
   */
  label?: string;
}

/** An inline control comment such as `<!-- empathy-disable no-pressure -->`. */
export interface Directive {
  kind: 'disable' | 'enable' | 'disable-next-line' | 'disable-line';
  /** Rule ids named by the comment; empty means every rule. */
  ruleIds: string[];
  /** Offset of the comment in the original file. */
  offset: number;
  /** Offset of the end of the comment. */
  endOffset: number;
}

/** What a syntax module makes of a file: the copy in it, and a map back to the source. */
export interface TextDocument {
  syntax: SyntaxName;
  source: string;
  units: TextUnit[];
  directives: Directive[];
  /** Front matter fields, when the format has them. */
  frontMatter?: Record<string, unknown>;
  /** Problems the parser recovered from, reported as warnings without a rule. */
  notes?: string[];
}

/** A token of a sentence, with offsets into the sentence text. */
export interface Token {
  type: 'word' | 'punctuation' | 'symbol' | 'whitespace' | 'source';
  /** The text as written. */
  value: string;
  /** Lower case with curly apostrophes and quotes straightened; same length as `value`. */
  normal: string;
  start: number;
  end: number;
}

/** A sentence as rules see it. Offsets are into `unit.text`. */
export interface Sentence {
  unit: TextUnit;
  /** Index of the unit in the document. */
  unitIndex: number;
  /** Index of the sentence in the document, counting from 0. */
  index: number;
  text: string;
  /** `text`, lower-cased, with apostrophes and quotes straightened; same length as `text`. */
  normal: string;
  start: number;
  end: number;
  tokens: Token[];
  words: Token[];
  node: NlcstSentence;
}

/** A replacement proposed by a rule, in offsets of the unit (or of the sentence when `sentence` is given). */
export interface SuggestionDescriptor {
  /** Short description shown to the user; defaults to `Replace with “text”`. */
  desc?: string;
  text: string;
  /**
   * Where the edit goes, when not on the reported range: offsets into this sentence's text (`start` equal to
   * `end` inserts). Lets a document-level rule report one sentence and suggest an addition elsewhere.
   */
  at?: { sentence: Sentence; start: number; end: number };
}

/** What a rule passes to `context.report`. */
export interface ReportDescriptor {
  messageId: string;
  data?: Record<string, string | number>;
  /** The sentence the finding is in; `start`/`end` are then offsets into the sentence text. */
  sentence?: Sentence;
  /** The unit the finding is in, when no sentence is given; `start`/`end` are offsets into the unit text. */
  unit?: TextUnit;
  start?: number;
  end?: number;
  /** Rewrites for the reported range, best first. */
  suggestions?: SuggestionDescriptor[];
  /** Apply the first suggestion with `--fix` (only honoured when the rule's meta says `fix: 'safe'`). */
  safeFix?: boolean;
}

/** What `create` receives. */
export interface RuleContext<Options = Record<string, unknown>> {
  readonly ruleId: string;
  readonly options: Options;
  readonly document: TextDocument;
  readonly filePath: string | undefined;
  report(descriptor: ReportDescriptor): void;
  /** Every sentence seen so far; in `done()`, every sentence of the document. */
  sentences(): readonly Sentence[];
  /**
   * What the message is for (problem notice, promotion...), from config `messageType`, front matter `type:`,
   * or inferred from the copy. Call it from `done()`, once every sentence has been seen.
   */
  purpose(): PurposeAnalysis;
  /**
   * What the copy holding a sentence or unit is: a message (an e-mail, a notice, a page section) or a UI string
   * (a label, a button, an error line, a catalogue entry), with that copy's purpose. Rules use it to stay out of
   * UI strings: no apology or next step is added to a one-line error.
   */
  copyOf(target: Sentence | TextUnit): CopyInfo;
}

/**
 * What a piece of copy is. A `message` (an e-mail, a notice, a page section, a document with a subject or several
 * paragraphs) owes the reader acknowledgement and a next step when it brings bad news; a `ui-string` (a label, a
 * button, an error line, a catalogue entry of a sentence or two) does not. Public API: it appears in JSON output.
 */
export type CopyKind = 'message' | 'ui-string';

/** The kind and purpose of one piece of copy, and how its kind was decided. */
export interface CopyInfo {
  kind: CopyKind;
  /** Where the kind came from: the copy's shape, front matter `copyKind:`/`type:`, or config `copyKind`. */
  kindSource: 'inferred' | 'front-matter' | 'config';
  purpose: PurposeAnalysis;
}

/** The visitors a rule returns from `create`. */
export interface RuleVisitors {
  /** Called once per unit, before its sentences, with the unit's natural-language tree (nlcst). */
  unit?(unit: TextUnit, unitIndex: number, tree: NlcstRoot): void;
  /** Called for every sentence of copy. */
  sentence?(sentence: Sentence): void;
  /** Called after every unit and sentence was seen (document-level rules). */
  done?(): void;
}

export interface RuleMeta<Options = Record<string, unknown>> {
  /** Kebab-case id; for built-in rules the folder name. */
  id: string;
  /** One sentence saying what the rule catches. */
  description: string;
  /** Where the rule's documentation lives. */
  url?: string;
  /** Level in the recommended preset. */
  level: RuleLevel;
  /** Level in the strict preset; defaults to `error` when `level` is not off. */
  strictLevel?: RuleLevel;
  /** Whether the rule offers safe fixes or suggestions only. */
  fix?: 'safe' | 'suggest';
  /** Message templates with `{name}` placeholders. */
  messages: Record<string, string>;
  /**
   * Validates rule-specific options (the shared `allow` option is handled by the linter): a zod schema, or a
   * function that builds one, called only when a config gives the rule options (so zod need not load at
   * start-up). Give `defaults` with it: they are used as they are when a config sets no options.
   */
  schema?: ZodType<Options> | (() => ZodType<Options>);
  /** Default options, complete: what the schema yields for a config that sets none. */
  defaults?: Options;
  /** Points a finding costs the empathy score (default 5); see the README for how the score is computed. */
  cost?: number;
  /**
   * `message`: a whole-message rule. It runs once per message (a document, or a group of catalogue entries that
   * form one), with `sentences()` and `purpose()` of that message only, and never on UI strings. The default,
   * `document`, runs once over every sentence of the file.
   */
  scope?: 'document' | 'message';
  /**
   * The rule's phrase entries as data (docs/phrases.md): `empathy-lint --test-rules` and the test suite run
   * their examples against the rule.
   */
  phrases?: PhraseData;
}

/** A rule: metadata plus a factory of visitors. Built-in rules use exactly this API. */
export interface Rule<Options = Record<string, unknown>> {
  meta: RuleMeta<Options>;
  /** Load heavy modules once, before the first `create`; called only when the rule is turned on. */
  prepare?(): Promise<void>;
  create(context: RuleContext<Options>): RuleVisitors;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyRule = Rule<any>;

/** A rule's configured state. */
export interface RuleSetting {
  level: RuleLevel;
  options: Record<string, unknown>;
}

/** Configuration after presets, overrides and plugins were resolved for one file. */
export interface ResolvedConfig {
  rules: Record<string, RuleSetting>;
  /** The message purpose set by config (`messageType`), if any. */
  messageType?: string;
  /** What the copy is, set by config (`copyKind`): every message or entry read as a message or as a UI string. */
  copyKind?: CopyKind;
  /** Every rule known to this configuration, built-in and from plugins, by id. */
  ruleset: Map<string, AnyRule>;
}

/** A fix: replace `range` (0-based offsets into the original file) with `text`. */
export interface Fix {
  range: [number, number];
  text: string;
}

export interface Suggestion {
  desc: string;
  fix: Fix;
}

/** One finding, ESLint-shaped. Lines and columns are 1-based, in the original file. */
export interface LintMessage {
  ruleId: string | null;
  severity: SeverityNumber;
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  messageId?: string;
  /** Where in the file the copy is, when the line alone does not say: an e-mail part, a catalogue key path. */
  location?: string;
  /** A safe fix that `--fix` applies. */
  fix?: Fix;
  suggestions?: Suggestion[];
}

/** The findings for one file. */
export interface LintResult {
  filePath: string;
  errorCount: number;
  warningCount: number;
  fixableCount: number;
  /** The empathy score, 0-100, higher is kinder. */
  score?: number;
  /** What the score lost, per rule, costliest first. */
  scoreBreakdown?: ScoreCost[];
  /** What the message is for. For a catalogue of several entries, `general` unless config or front matter says. */
  purpose?: MessagePurpose;
  /** Whether the file is read as one message or as a UI string; `entries` when it is a catalogue of several. */
  copyKind?: CopyKind | 'entries';
  /**
   * A string catalogue's entries, each judged on its own (or with the entries it forms one message with): where
   * it is (the key path, or the parent key of a group), what it is, its purpose, and its own score. Present only
   * when the file holds more than one entry.
   */
  entries?: CopyEntry[];
  messages: LintMessage[];
  /** The fixed source, when fixing was asked for and changed something. */
  output?: string;
  /** Set when the file was not linted on purpose (ignored, binary file found in a folder), with the reason. */
  skipped?: string;
  /** Set when the file could not be linted (unreadable, invalid UTF-8, too large): the run exits with 2. */
  fatal?: string;
  /** What the optional LLM pass did for this file; present when the run has LLM settings (see docs/llm.md). */
  llm?: LlmFileStatus;
}

/** What the optional LLM pass did for one file. Its findings are the messages with rule id `llm-tone`. */
export interface LlmFileStatus {
  /** `ok`: every section was checked; `partial`: some were not; `skipped`: none were; `off`: the pass was not on. */
  status: 'ok' | 'partial' | 'skipped' | 'off';
  /** Sections of copy (subject, headings, paragraphs, list items, buttons...) checked, by the model or from the cache. */
  sectionsChecked: number;
  /** Of the sections checked, those answered from the cache. */
  sectionsFromCache: number;
  /** Sections not checked: over a budget, a failed request, not in the cache with `--llm-cache read`, a dry run, no key. */
  sectionsSkipped: number;
  /** Requests made for this file. */
  requests: number;
  /** Quotes the model gave that are not in the copy, dropped. */
  quotesDropped: number;
  /** Why sections were not checked, when some were not. */
  reason?: string;
}

/** One entry of a string catalogue (or a group of entries that form one message), as judged on its own. */
export interface CopyEntry {
  /** The key path of the entry, or the parent key of a group such as `emails.overdue`. */
  location: string;
  copyKind: CopyKind;
  purpose: MessagePurpose;
  score: number;
  /** How many findings are in this entry. */
  findings: number;
}

/** Points one rule's findings cost the score. */
export interface ScoreCost {
  ruleId: string;
  count: number;
  cost: number;
}

/** A purpose plus the sentence that announces the problem, for rules that point at it. */
export interface PurposeAnalysis extends MessagePurpose {
  evidence?: { sentence: Sentence; start: number; end: number };
}
