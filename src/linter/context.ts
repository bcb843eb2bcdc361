import type { Sentence, TextDocument, TextUnit } from '../types.js';

/**
 * Context checks for phrase rules: is a match quoted, in a question or a condition, negated, at the start of a
 * sentence or of a command? They work on the sentence as rules see it (`sentence.normal`: lower case, straight
 * apostrophes and quotes, same offsets as `sentence.text`); nothing here knows about a particular phrase.
 */

// ---------------------------------------------------------------------------------------------------------------
// Quotations.

const quotedRangesByUnit = new WeakMap<TextUnit, [number, number][]>();

/**
 * Ranges of `unit.text` inside double quotation marks (“…”, "…", „…“, «…»). A quotation may span sentences; an
 * opening mark without a closing one runs to the end of the unit, and a closing mark with no opening one closes
 * a quotation that started before the unit. A straight mark right after a digit (`15"`) is an inch mark.
 */
function quotedRanges(unit: TextUnit): [number, number][] {
  const cached = quotedRangesByUnit.get(unit);
  if (cached) return cached;
  const ranges: [number, number][] = [];
  const text = unit.text;
  let open = -1;
  let openMark = '';
  for (let index = 0; index < text.length; index++) {
    const char = text[index]!;
    if (char === '"' && /\d/.test(text[index - 1] ?? '')) continue;
    if (open === -1) {
      if (char === '\u201c' || char === '"' || char === '\u201e' || char === '\u00ab') {
        open = index;
        openMark = char;
      } else if (char === '\u201d' && ranges.length === 0) {
        ranges.push([0, index]);
      }
    } else if (
      (openMark === '"' && char === '"') ||
      (openMark !== '"' && openMark !== '\u00ab' && char === '\u201d') ||
      (openMark === '\u00ab' && char === '\u00bb')
    ) {
      ranges.push([open, index]);
      open = -1;
    }
  }
  if (open !== -1) ranges.push([open, text.length]);
  quotedRangesByUnit.set(unit, ranges);
  return ranges;
}

/** A quotation mark (curly quotes are straight in `normal`), then at most one space, right before the range. */
const openingMark = /["'«„‹]\s?$/u;
/** A quotation mark right after the range, or after one punctuation mark ("…inconvenience.”"). */
const closingMark = /^[.,!?;:…]?["'»›]/u;

/**
 * True when sentence offsets `start`..`end` are quoted: the writer mentions the words or reports someone else's,
 * rather than saying them (“we never write ‘sorry for any inconvenience’”, `avoid "act now"`). That is when the
 * range is wrapped in quotation marks, single or double, straight or curly; or when it lies inside a double
 * quotation, which may span several sentences of the unit. Single quotes count only when they wrap the range,
 * since they double as apostrophes.
 */
export function isQuoted(sentence: Sentence, start: number, end: number): boolean {
  const normal = sentence.normal;
  if (openingMark.test(normal.slice(Math.max(0, start - 2), start)) && closingMark.test(normal.slice(end, end + 2))) return true;
  const from = sentence.start + start;
  const to = sentence.start + end;
  return quotedRanges(sentence.unit).some(([open, close]) => open < from && to <= close);
}

// ---------------------------------------------------------------------------------------------------------------
// Sentence shape: questions, sentence and clause starts, clause ends.

/** True when the sentence asks rather than states ("You didn't get the email?"). */
export function isQuestion(sentence: Sentence): boolean {
  return /\?[\s"')\]*_]*$/.test(sentence.normal);
}

/** What may stand before the first word of a sentence: white space, quotes, brackets, emphasis, bullets, emoji. */
const opening = String.raw`[\s"'«„(\[*_#>~•¿¡\-–—\p{Extended_Pictographic}\u{FE0F}\u{200D}\u{1F3FB}-\u{1F3FF}]*`;
const onlyOpening = new RegExp(`^${opening}$`, 'u');

/** True when only opening punctuation (quotes, brackets, bullets, emoji) stands before `offset`: it starts the sentence. */
export function startsSentence(sentence: Sentence, offset: number): boolean {
  return onlyOpening.test(sentence.normal.slice(0, offset));
}

/** Marks that may sit between a clause break and the next word: quotes, emphasis, emoji, bullets. */
const decoration = String.raw`["'*_#>~•\-\s\p{Extended_Pictographic}\u{FE0F}\u{200D}\u{1F3FB}-\u{1F3FF}]*`;

/**
 * Where an imperative or a banner starts: the sentence, a clause or a headline fragment ("Hurry!", "Hi xxxxx, act
 * now", "Sale | Last chance"), or right after a softener such as "please" or "so".
 */
const commandStart = new RegExp(
  String.raw`(?:^|[:;,.!?|•·/—–(\[{]|\s[-+]|\b(?:please|so|and|but|then|now|quick|oh|hey|psst|ok|okay|yes|wait|ps|p\.s\.))${decoration}$`,
  'u',
);

/**
 * True when `offset` is where a command or a banner would start: the start of the sentence, of a clause or of a
 * headline fragment, or right after "please", "so", "now" and the like. "Act now" reads as an order there; in
 * "we act now and then", it does not.
 */
export function isCommandStart(sentence: Sentence, offset: number): boolean {
  return commandStart.test(sentence.normal.slice(0, offset));
}

/** True when the sentence is in the body of the message, not in its subject, preheader, a heading, a title or alt text. */
export function isBodySentence(sentence: Sentence): boolean {
  const kind = sentence.unit.kind;
  return kind !== 'subject' && kind !== 'preheader' && kind !== 'heading' && kind !== 'title' && kind !== 'alt-text';
}

/**
 * The clause after a match counts the reader's attempts ("…the wrong password too many times", "more than 5 times"):
 * the reason for a lock-out, not a verdict on one entry. `after` is the normalised text after the match.
 */
export function countsAttempts(after: string): boolean {
  return /^[^.!?;]*?\b(?:too many times|more than (?:\d+|once|twice|[a-z]+) times)\b/.test(after);
}

/** The clause before `offset`, normalised: the text after the last comma, semicolon, colon, dash or bracket. */
export function clauseBefore(sentence: Sentence, offset: number): string {
  const text = sentence.normal.slice(0, offset);
  const boundary = Math.max(
    text.lastIndexOf(','),
    text.lastIndexOf(';'),
    text.lastIndexOf(':'),
    text.lastIndexOf('\u2014'),
    text.lastIndexOf('\u2013'),
    text.lastIndexOf(' - '),
    text.lastIndexOf('('),
  );
  return text.slice(boundary + 1);
}

/** The range stretched to the end of its clause, keeping a closing question mark; offsets and text of the sentence. */
export function toClauseEnd(sentence: Sentence, range: { start: number; end: number }): { start: number; end: number; text: string } {
  const rest = /^[^.!?;:()[\]|—–\n]*/.exec(sentence.text.slice(range.end))?.[0] ?? '';
  let end = range.end + rest.trimEnd().length;
  if (sentence.text[range.end + rest.length] === '?' && rest === rest.trimEnd()) end = range.end + rest.length + 1;
  return { start: range.start, end, text: sentence.text.slice(range.start, end) };
}

/** The word right before `offset` (white space only between them), normalised, or an empty string. */
export function previousWord(sentence: Sentence, offset: number): string {
  return /([\p{L}\p{N}'-]+)\s*$/u.exec(sentence.normal.slice(0, offset))?.[1] ?? '';
}

// ---------------------------------------------------------------------------------------------------------------
// Conditions and negation.

/**
 * True when the words before `offset` open a condition that the match belongs to: "If you didn't request this",
 * "In case you missed it", "If, by any chance, you forgot to". `markers` (a global pattern over normalised text)
 * says what opens a condition. The condition ends at a comma, unless the commas only fence a short aside (three
 * words at most, with no semicolon or colon), so "If your card expired last month, you forgot to ..." counts as
 * a statement. A condition as short as an aside ("If your card expired, you forgot to") is not told apart.
 */
export function isInCondition(sentence: Sentence, offset: number, markers: RegExp): boolean {
  const text = sentence.normal.slice(0, offset);
  let last: RegExpExecArray | undefined;
  markers.lastIndex = 0;
  for (const match of text.matchAll(markers)) last = match as RegExpExecArray;
  if (!last) return false;
  const between = text.slice(last.index + last[0].length);
  if (!/[,;:]/.test(between)) return true;
  // "If, by any chance, you ..." : the commas only fence a short aside.
  const words = between.split(/[\s,;:]+/).filter(Boolean);
  return words.length <= 3 && !/[;:]/.test(between);
}

const negators: ReadonlySet<string> = new Set([
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

/**
 * True when one of the last `words` words of the clause before `offset` negates what follows: "You don't need
 * to act now", "Please do not reply", "no hidden fees".
 */
export function isNegated(sentence: Sentence, offset: number, words = 3): boolean {
  const clause = sentence.normal.slice(0, offset).split(/[,.;:!?—–()[\]]/).pop() ?? '';
  return clause.trim().split(/\s+/).slice(-words).some((word) => negators.has(word));
}

// ---------------------------------------------------------------------------------------------------------------
// Overlaps and edits.

/** A range of a sentence, in its offsets. */
export interface Range {
  start: number;
  end: number;
}

/** True when `start`..`end` overlaps one of the ranges already `taken` (reported, in most rules). */
export function overlaps(taken: readonly (readonly [number, number])[], start: number, end: number): boolean {
  return taken.some(([from, to]) => start < to && from < end);
}

/**
 * The candidates that do not overlap an earlier one, in order of position. Rules list their strongest patterns
 * first, so a weaker pattern inside the same words does not report them twice.
 */
export function firstWins<T extends Range>(candidates: readonly T[]): T[] {
  const accepted: T[] = [];
  for (const candidate of candidates) {
    if (accepted.some((other) => candidate.start < other.end && other.start < candidate.end)) continue;
    accepted.push(candidate);
  }
  return accepted.sort((a, b) => a.start - b.start);
}

/**
 * True when sentence offsets `start`..`end` read in the source exactly as in the copy: no markup (`**any**
 * inconvenience`, an entity) and no masked template tag (`{{name}}`) inside. The linter drops any suggestion
 * whose range is not verbatim on its own, so a rule needs this only when the answer changes what it reports:
 * the range, or the words quoted in the message.
 */
export function isVerbatim(document: TextDocument, sentence: Sentence, start: number, end: number): boolean {
  if (end <= start) return true;
  const unit = sentence.unit;
  const from = unit.offsets[sentence.start + start];
  const to = unit.offsets[sentence.start + end - 1];
  if (from === undefined || to === undefined) return false;
  return document.source.slice(from, to + 1) === sentence.text.slice(start, end);
}
