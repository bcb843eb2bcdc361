import { matchCase } from '../../src/linter/phrases.js';
import type { Sentence } from '../../src/types.js';

/** A rewrite of part of a sentence: replace `text.slice(start, end)` with `text`. */
export interface Edit {
  start: number;
  end: number;
  text: string;
}

/** Only opening punctuation (quotes, brackets, list bullets) before `offset`: it starts the sentence. */
export function startsSentence(sentence: Sentence, offset: number): boolean {
  return /^[\s"'“‘([*_•\-–—]*$/u.test(sentence.text.slice(0, offset));
}

/**
 * True when the range is the whole content of a quotation ("we never say “simply” to customers"), so the
 * writer is mentioning the words, not using them.
 */
export function isQuoted(sentence: Sentence, start: number, end: number): boolean {
  const opening = /["“‘'«]\s*$/u.test(sentence.text.slice(Math.max(0, start - 2), start));
  const closing = /^[.,!?;:…]?["”’'»]/u.test(sentence.text.slice(end, end + 3));
  if (opening && closing) return true;
  // Inside a longer quotation: an odd number of double quotes before the range.
  const quotesBefore = (sentence.normal.slice(0, start).match(/"/g) ?? []).length;
  const quotesAfter = (sentence.normal.slice(end).match(/"/g) ?? []).length;
  return quotesBefore % 2 === 1 && quotesAfter % 2 === 1;
}

/** A masked template tag, inline code or URL (a run of x): never rewrite it. */
function isMasked(word: string): boolean {
  return /^x{3,}$/.test(word);
}

/**
 * The edit that removes `text.slice(start, end)` and leaves a whole sentence: a comma around it goes too, and
 * the next word takes a capital when the removed words started the sentence ("Obviously, we" -> "We",
 * "just click" -> "click", "This is, of course, free" -> "This is free"). Undefined when no clean removal
 * exists.
 */
export function removalEdit(sentence: Sentence, start: number, end: number): Edit | undefined {
  const text = sentence.text;
  const prefix = text.slice(0, start);
  const suffix = text.slice(end);
  const atStart = startsSentence(sentence, start);
  const commaBefore = /\s*,\s*$/.exec(prefix);
  const commaAfter = /^\s*,/.exec(suffix);

  if (!atStart && commaBefore && commaAfter) {
    return { start: commaBefore.index, end: end + commaAfter[0].length, text: '' };
  }
  if (!atStart && commaBefore && /^\s*(?:[.!?…)]|$)/u.test(suffix)) {
    return { start: commaBefore.index, end, text: '' };
  }
  const next = /^(?:\s*,\s*|\s+)([\p{L}\p{N}][\p{L}\p{N}'’-]*)/u.exec(suffix);
  if (!next || isMasked(next[1]!.toLowerCase())) return undefined;
  const word = next[1]!;
  return { start, end: end + next[0].length, text: atStart ? matchCase(text.slice(start, end), word) : word };
}

/**
 * True when the range maps onto the source character for character. Over Markdown emphasis ("**any
 * inconvenience**") it does not, and a rewrite of the range would break the markup, so no suggestion is made.
 */
export function isVerbatim(sentence: Sentence, start: number, end: number): boolean {
  const offsets = sentence.unit.offsets;
  for (let index = sentence.start + start + 1; index < sentence.start + end; index++) {
    if (offsets[index] !== offsets[index - 1]! + 1) return false;
  }
  return true;
}
