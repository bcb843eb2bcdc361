import type { Sentence } from '../types.js';

/**
 * Compile a phrase pattern into a regular expression that runs over `sentence.normal` (lower case,
 * straight apostrophes). The pattern is a regular expression in which a space stands for any run of
 * white space and the match must start and end on a word boundary, so `you (did not|didn't) pay`
 * matches "You didn’t  pay" but not "bayou didn't pay".
 */
export function phrase(pattern: string): RegExp {
  // A space quantified with * or ? ("a ?b") means optional white space.
  const body = pattern.replace(/ +([*?+])?/g, (_, quantifier?: string) => (quantifier === '*' || quantifier === '?' ? '\\s*' : '\\s+'));
  return new RegExp(`(?<!${wordChar}|')(?:${body})(?!${wordChar}|'${wordChar})`, 'gu');
}

/**
 * A letter or digit, for the word boundaries of `phrase()`: Latin (with accents), Greek and Cyrillic. A
 * character class is several times cheaper to compile and run than `\p{L}`, and copy linted in English
 * rarely borders an English phrase with letters from other scripts.
 */
const wordChar = '[0-9A-Za-z\\u00aa\\u00b5\\u00ba\\u00c0-\\u00d6\\u00d8-\\u00f6\\u00f8-\\u024f\\u0370-\\u03ff\\u0400-\\u04ff\\u1e00-\\u1eff]';

/** A match of a phrase inside a sentence, with offsets into the sentence text. */
export interface PhraseMatch {
  start: number;
  end: number;
  /** The matched text as written. */
  text: string;
  /** Named groups, with offsets into the sentence text. */
  groups: Record<string, { start: number; end: number; text: string } | undefined>;
}

const compiled = new WeakMap<RegExp, RegExp>();

/** The pattern with the `g` and `d` flags, compiled once per pattern. */
function global(pattern: RegExp): RegExp {
  let result = compiled.get(pattern);
  if (!result) {
    const flags = pattern.flags.includes('g') ? pattern.flags : pattern.flags + 'g';
    const hasGroups = /\(\?<[a-zA-Z]/.test(pattern.source);
    result = hasGroups && !flags.includes('d') ? new RegExp(pattern.source, flags + 'd') : flags === pattern.flags ? pattern : new RegExp(pattern.source, flags);
    compiled.set(pattern, result);
  }
  return result;
}

/** Every match of `pattern` (from `phrase`) in a sentence. */
export function findPhrases(sentence: Sentence, pattern: RegExp): PhraseMatch[] {
  const matches: PhraseMatch[] = [];
  const withIndices = global(pattern);
  // An exec loop on the cached expression: matchAll would copy the expression on every call, and this runs
  // thousands of times per file.
  withIndices.lastIndex = 0;
  const text = sentence.normal;
  for (let match = withIndices.exec(text); match; match = withIndices.exec(text)) {
    if (match[0].length === 0) withIndices.lastIndex++;
    const start = match.index;
    const end = start + match[0].length;
    const groups: PhraseMatch['groups'] = {};
    const indices = match.indices?.groups;
    if (indices) {
      for (const [name, range] of Object.entries(indices)) {
        groups[name] = range ? { start: range[0], end: range[1], text: sentence.text.slice(range[0], range[1]) } : undefined;
      }
    }
    matches.push({ start, end, text: sentence.text.slice(start, end), groups });
  }
  return matches;
}

/** Give `replacement` the capitalisation of `original`: Title case at the start of a sentence, ALL CAPS kept. */
export function matchCase(original: string, replacement: string): string {
  const letters = original.replace(/[^\p{L}]/gu, '');
  if (letters.length > 1 && letters === letters.toUpperCase() && letters !== letters.toLowerCase()) {
    return replacement.toUpperCase();
  }
  const first = original.match(/\p{L}/u)?.[0];
  if (first && first !== first.toLowerCase()) {
    return replacement.replace(/\p{L}/u, (letter) => letter.toUpperCase());
  }
  return replacement;
}

/** Index of the word token that starts at or contains `offset` (sentence offsets), or -1. */
export function wordIndexAt(sentence: Sentence, offset: number): number {
  return sentence.words.findIndex((word) => word.start <= offset && offset < word.end);
}

/** True when the word at `offset` is capitalised but does not start the sentence: likely part of a name. */
export function isProperNounAt(sentence: Sentence, offset: number): boolean {
  const index = wordIndexAt(sentence, offset);
  if (index <= 0) return false;
  const word = sentence.words[index]!;
  const first = word.value[0] ?? '';
  if (first === first.toLowerCase()) return false;
  // A heading in Title Case capitalises every word; only count it as a name when a neighbour is capitalised too
  // and the sentence is not all in title case.
  const capitalised = sentence.words.filter((candidate) => /^\p{Lu}/u.test(candidate.value)).length;
  return capitalised < sentence.words.length;
}

/** Text of the sentence before `offset`, normalised (lower case, straight apostrophes). */
export function before(sentence: Sentence, offset: number): string {
  return sentence.normal.slice(0, offset);
}

/** Text of the sentence after `offset`, normalised. */
export function after(sentence: Sentence, offset: number): string {
  return sentence.normal.slice(offset);
}

/** Curly apostrophes in `replacement` when the copy uses them and no straight ones ("We’re sorry" for "We’ll"). */
export function apostrophesLike(copy: string, replacement: string): string {
  return copy.includes('\u2019') && !copy.includes("'") ? replacement.replace(/'/g, '\u2019') : replacement;
}
