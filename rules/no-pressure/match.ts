import type { Sentence } from '../../src/types.js';
import { findPhrases, isProperNounAt, matchCase, type PhraseMatch } from '../../src/linter/phrases.js';

// Context checks for phrase rules that must tell an imperative or a headline ("Hurry!") from the same words in
// a statement ("no hurry", "in a hurry?"). no-guilt-trip uses them too; they could move to src/linter/phrases.ts.

/** What a condition sees: the sentence, the whole match, and the normalised text either side of it. */
export interface MatchContext {
  sentence: Sentence;
  match: PhraseMatch;
  /** Normalised sentence text before the match. */
  before: string;
  /** Normalised sentence text after the match. */
  after: string;
}

export type Condition = (context: MatchContext) => boolean;

/** A rewrite of the reported words; `{name}` is filled with the named group of the match, as written. */
export interface SuggestionTemplate {
  text: string;
  /** Offer the rewrite only when this holds (it would not read well elsewhere). */
  when?: Condition;
}

/** One phrase a rule looks for, as data. */
export interface PhraseEntry<MessageId extends string> {
  messageId: MessageId;
  /** From `phrase()`. A named group `report` narrows the reported range to part of the match. */
  pattern: RegExp;
  /** Report only when this holds. */
  when?: Condition;
  /** Never report when this holds. */
  unless?: Condition;
  /** Report even when a negation comes just before the match (the default is to stay silent). */
  ignoreNegation?: boolean;
  /** Report up to the end of the clause, and its question mark: the whole question is the problem. */
  extendToClauseEnd?: boolean;
  suggestions?: SuggestionTemplate[];
}

/** A finding, in offsets of the sentence. */
export interface EntryFinding<MessageId extends string> {
  messageId: MessageId;
  start: number;
  end: number;
  actual: string;
  suggestions: string[];
}

/** Marks that may sit between a clause break and the next word: quotes, emphasis, emoji, bullets. */
const decoration = String.raw`["'*_#>~•\-\s\p{Extended_Pictographic}\u{FE0F}\u{200D}\u{1F3FB}-\u{1F3FF}]*`;

/**
 * The match opens the sentence, a clause or a headline fragment ("Hurry!", "Hi xxxxx, act now", "Sale | Last
 * chance"), or follows a softener such as "please" or "so": where an imperative or a banner starts.
 */
const leadInPattern = new RegExp(
  String.raw`(?:^|[:;,.!?|•·/—–(\[{]|\s[-+]|\b(?:please|so|and|but|then|now|quick|oh|hey|psst|ok|okay|yes|wait|ps|p\.s\.))${decoration}$`,
  'u',
);

export const leadIn: Condition = ({ before }) => leadInPattern.test(before);

/** An exclamation mark closes the clause the match is in ("expires at midnight!!!"). */
export const exclaimed: Condition = ({ after }) => /^[^.?!;:,]*!/.test(after);

const onlyDecoration = new RegExp(`^${decoration}$`, 'u');

/** The match starts the sentence, with nothing but quotes, bullets or emoji before it. */
export const sentenceStart: Condition = ({ before }) => onlyDecoration.test(before);

export function followedBy(pattern: RegExp): Condition {
  return ({ after }) => pattern.test(after);
}

export function precededBy(pattern: RegExp): Condition {
  return ({ before }) => pattern.test(before);
}

export function anyOf(...conditions: Condition[]): Condition {
  return (context) => conditions.some((condition) => condition(context));
}

export function allOf(...conditions: Condition[]): Condition {
  return (context) => conditions.every((condition) => condition(context));
}

/** A capitalised word inside a sentence, not after a colon or a dash: a name ("the Clean Air Act now", "Hurry Curry"). */
export const nameLike: Condition = ({ sentence, match, before }) =>
  isProperNounAt(sentence, match.start) && !/[:;!?.|—–-]["'*_\s]*$/.test(before);

const negators = new Set([
  'not',
  'no',
  'never',
  "don't",
  'dont',
  "doesn't",
  "didn't",
  "won't",
  "wouldn't",
  "isn't",
  "aren't",
  "needn't",
  "can't",
  'cannot',
  'nothing',
  'without',
  'nobody',
  'none',
]);

/** One of the last three words of the clause before the match negates it ("You don't need to act now"). */
export const negated: Condition = ({ before }) => {
  const clause = before.split(/[,.;:!?—–()[\]]/).pop() ?? '';
  return clause
    .trim()
    .split(/\s+/)
    .slice(-3)
    .some((word) => negators.has(word));
};

/** The match sits inside double quotes: the copy is talking about the words, not using them. */
export const quoted: Condition = ({ before, after }) => (before.match(/"/g)?.length ?? 0) % 2 === 1 && after.includes('"');

/** Ranges already reported in a sentence; a later, weaker entry must not report the same words again. */
function overlaps(taken: [number, number][], start: number, end: number): boolean {
  return taken.some(([from, to]) => start < to && end > from);
}

/** The match stretched to the end of its clause, keeping a closing question mark. */
export function toClauseEnd(sentence: Sentence, range: { start: number; end: number }): { start: number; end: number; text: string } {
  const rest = /^[^.!?;:()[\]|—–\n]*/.exec(sentence.text.slice(range.end))?.[0] ?? '';
  let end = range.end + rest.trimEnd().length;
  if (sentence.text[range.end + rest.length] === '?' && rest === rest.trimEnd()) end = range.end + rest.length + 1;
  return { start: range.start, end, text: sentence.text.slice(range.start, end) };
}

/** Curly apostrophes in the rewrite when the copy uses them. */
export function apostrophesLike(copy: string, replacement: string): string {
  return copy.includes('\u2019') && !copy.includes("'") ? replacement.replace(/'/g, '\u2019') : replacement;
}

/** `matchCase`, except that a rewrite starting with a digit ("3 left") keeps its own case. */
function caseLike(original: string, replacement: string): string {
  const shouting = original === original.toUpperCase() && original !== original.toLowerCase();
  return shouting || /^\p{L}/u.test(replacement) ? matchCase(original, replacement) : replacement;
}

function fill(template: string, match: PhraseMatch): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => match.groups[name]?.text ?? whole);
}

/**
 * Run phrase entries over a sentence, in order, and return what to report. Matches in quotes, after a
 * negation (unless the entry says otherwise) or overlapping an earlier finding are dropped.
 */
export function matchEntries<MessageId extends string>(
  sentence: Sentence,
  entries: readonly PhraseEntry<MessageId>[],
  taken: [number, number][] = [],
): EntryFinding<MessageId>[] {
  const findings: EntryFinding<MessageId>[] = [];
  for (const entry of entries) {
    for (const match of findPhrases(sentence, entry.pattern)) {
      const context: MatchContext = {
        sentence,
        match,
        before: sentence.normal.slice(0, match.start),
        after: sentence.normal.slice(match.end),
      };
      if (entry.when && !entry.when(context)) continue;
      if (entry.unless?.(context)) continue;
      if (!entry.ignoreNegation && negated(context)) continue;
      if (quoted(context)) continue;
      const report = entry.extendToClauseEnd ? toClauseEnd(sentence, match) : (match.groups['report'] ?? match);
      if (overlaps(taken, report.start, report.end)) continue;
      taken.push([report.start, report.end]);
      const suggestions = (entry.suggestions ?? [])
        .filter((suggestion) => !suggestion.when || suggestion.when(context))
        .map((suggestion) => apostrophesLike(sentence.text, caseLike(report.text, fill(suggestion.text, match))));
      findings.push({ messageId: entry.messageId, start: report.start, end: report.end, actual: report.text.replace(/\s+/g, ' '), suggestions });
    }
  }
  return findings;
}
