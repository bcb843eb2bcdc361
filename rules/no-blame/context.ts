import type { Sentence, TextUnit } from '../../src/types.js';

/**
 * Context checks shared by `no-blame` and `no-threat`: is a match inside a quotation, a question, a condition?
 * They work on the sentence as the rules see it; nothing here knows about a particular phrase.
 */

const quotedRangesByUnit = new WeakMap<TextUnit, [number, number][]>();

/**
 * Ranges of `unit.text` inside double quotation marks (“…” or "…"). An opening mark without a closing one
 * runs to the end of the unit, since a customer's quote may span several sentences.
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
    if (open === -1) {
      if (char === '\u201c' || char === '"' || char === '\u201e' || char === '\u00ab') {
        open = index;
        openMark = char;
      } else if (char === '\u201d' && ranges.length === 0) {
        // A closing mark with no opening one: the quotation started before this unit's first character.
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

/** True when sentence offsets `start`..`end` lie inside a quotation: someone else's words, not the brand's. */
export function isQuoted(sentence: Sentence, start: number, end: number): boolean {
  const from = sentence.start + start;
  const to = sentence.start + end;
  return quotedRanges(sentence.unit).some(([open, close]) => open < from && to <= close);
}

/** True when the sentence asks rather than states ("You didn't get the email?"). */
export function isQuestion(sentence: Sentence): boolean {
  return /\?[\s"')\]*_]*$/.test(sentence.normal);
}

/** The clause before `offset`: text after the last comma, semicolon, colon, dash or bracket. */
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

/**
 * True when the words before `offset` open a condition that the match belongs to: "If you didn't request
 * this", "In case you missed it", "If, by any chance, you forgot to". The condition ends at the first comma
 * followed by more than a short aside, so "If your card expired, you forgot to ..." still counts as a
 * statement.
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

/** True when the text right before `offset` is only opening punctuation, so the match starts the sentence. */
export function startsSentence(sentence: Sentence, offset: number): boolean {
  return /^[\s"'(\[*_\u00bf-]*$/.test(sentence.normal.slice(0, offset));
}

/** The word right before `offset` (white space only between them), normalised, or an empty string. */
export function previousWord(sentence: Sentence, offset: number): string {
  return /([\p{L}\p{N}'-]+)\s*$/u.exec(sentence.normal.slice(0, offset))?.[1] ?? '';
}
