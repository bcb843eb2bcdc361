import { matchCase, startsSentence } from '../../src/kit/index.js';
import type { Sentence } from '../../src/kit/index.js';

/** A rewrite of part of a sentence: replace `text.slice(start, end)` with `text`. */
export interface Edit {
  start: number;
  end: number;
  text: string;
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
