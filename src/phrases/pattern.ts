import { phrase } from '../linter/phrases.js';
import { normalize } from '../linter/normalize.js';
import { inflections } from './inflect.js';

/**
 * The word-level pattern language of phrase entries (docs/phrases.md), compiled to the regular expressions of
 * `phrase()`, so that a pattern written as words runs on the same machinery, literal prefilter included, as
 * one written as a regular expression.
 *
 * - words match words, case-insensitively, with any white space between them and any apostrophe style;
 * - `(a|b c|d)` one of several alternatives, each a sequence of words;
 * - `[words]` optional words;
 * - `{pay}` or `pay*` any inflection of a word: pay, pays, paid, paying;
 * - `{not}` a negation: not, n't, never, no longer, with the auxiliary before it ("did not", "haven't");
 * - `{you}` the reader: you, you've, you're, you'll, you'd;
 * - `<phrase>` a short noun phrase (an optional determiner, then one to three words that are not function
 *   words), `<number>` a number in digits or words, `<any>` one to four words; `<phrase:item>` names the
 *   words `item` for a rewrite's `{item}`; `<word>` one word of letters.
 */

/** Why a pattern cannot be compiled, with the column (1-based) in the pattern. */
export class PatternError extends Error {
  constructor(
    message: string,
    readonly column: number,
  ) {
    super(message);
    this.name = 'PatternError';
  }
}

/** Words that end a `<phrase>`: a noun phrase does not run over them. */
const functionWords = [
  'a', 'an', 'the', 'and', 'or', 'but', 'nor', 'so', 'if', 'then', 'than', 'that', 'this', 'these', 'those', 'which',
  'who', 'whom', 'whose', 'what', 'when', 'where', 'why', 'how', 'to', 'of', 'in', 'on', 'at', 'by', 'for', 'with',
  'from', 'into', 'onto', 'about', 'as', 'is', 'are', 'was', 'were', 'be', 'been', 'being', 'am', 'do', 'does', 'did',
  'have', 'has', 'had', 'will', 'would', 'can', 'could', 'shall', 'should', 'may', 'might', 'must', 'not', 'no',
  'you', 'we', 'they', 'he', 'she', 'it', 'i', 'me', 'us', 'them', 'him', 'her', 'because', 'until', 'unless',
  'before', 'after', 'while', 'please',
];
const determiners = '(?:the|a|an|your|our|this|that|these|those|my|their|his|her|its|any|some|all|every|each)';
const word = "[0-9a-z\\u00c0-\\u024f'][0-9a-z\\u00c0-\\u024f'-]*";
const contentWord = `(?!(?:${functionWords.join('|')})(?![0-9a-z\\u00c0-\\u024f'-]))${word}`;
const numberWords = '(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|fifty|hundred|thousand|a few|several|a couple of)';

const placeholders: Record<string, string> = {
  phrase: `(?:${determiners}\\s+)?${contentWord}(?:\\s+${contentWord}){0,2}`,
  number: `(?:[$€£]?\\d[\\d,]*(?:\\.\\d+)?%?|${numberWords})`,
  any: `${word}(?:\\s+${word}){0,3}?`,
  word: '\\p{L}+',
};

const specials: Record<string, string> = {
  not: "(?:(?:(?:do|does|did|have|has|had|is|are|was|were|can|could|will|would|should)(?:\\s+not|n't))|can't|cannot|won't|not|never|no\\s+longer)",
  you: "(?:you(?:'ve|'re|'ll|'d)?)",
};

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

interface Parser {
  text: string;
  at: number;
  groups: Set<string>;
}

/** A sequence of items, up to `)` `|` `]` or the end; optional items carry the white space before them. */
function sequence(parser: Parser, closers: string): { source: string; canBeEmpty: boolean } {
  const items: { source: string; optional: boolean }[] = [];
  for (;;) {
    while (/\s/.test(parser.text[parser.at] ?? '')) parser.at++;
    const char = parser.text[parser.at];
    if (char === undefined || closers.includes(char)) break;
    items.push(item(parser));
  }
  if (items.length === 0) return { source: '', canBeEmpty: true };
  let source = '';
  let leadingOptional = true;
  for (const [index, entry] of items.entries()) {
    if (index === 0 || leadingOptional) {
      if (entry.optional) {
        // Before the first required item, an optional one owns the white space after it.
        source += `(?:${entry.source}\\s+)?`;
        continue;
      }
      source += entry.source;
      leadingOptional = false;
      continue;
    }
    source += entry.optional ? `(?:\\s+${entry.source})?` : `\\s+${entry.source}`;
  }
  if (leadingOptional) {
    // Every item is optional: the trailing white space of the last one must go, and the whole may be empty.
    return { source: `(?:${items.map((entry) => entry.source).join('\\s+')})?`, canBeEmpty: true };
  }
  return { source, canBeEmpty: false };
}

function item(parser: Parser): { source: string; optional: boolean } {
  const start = parser.at;
  const char = parser.text[parser.at]!;
  if (char === '(') {
    parser.at++;
    const branches: string[] = [];
    for (;;) {
      const branch = sequence(parser, '|)');
      if (parser.at >= parser.text.length) throw new PatternError('( has no closing )', start + 1);
      if (branch.canBeEmpty) throw new PatternError('an alternative in ( ) is empty; use [ ] for optional words', start + 1);
      branches.push(branch.source);
      const next = parser.text[parser.at];
      if (next === '|') {
        parser.at++;
        continue;
      }
      if (next === ')') {
        parser.at++;
        break;
      }
      throw new PatternError('( has no closing )', start + 1);
    }
    return { source: branches.length === 1 ? branches[0]! : `(?:${branches.join('|')})`, optional: false };
  }
  if (char === '[') {
    parser.at++;
    const inner = sequence(parser, ']');
    if (parser.text[parser.at] !== ']') throw new PatternError('[ has no closing ]', start + 1);
    parser.at++;
    if (inner.canBeEmpty) throw new PatternError('[ ] holds no words', start + 1);
    return { source: inner.source, optional: true };
  }
  if (char === '{') {
    const close = parser.text.indexOf('}', parser.at);
    if (close < 0) throw new PatternError('{ has no closing }', start + 1);
    const name = parser.text.slice(parser.at + 1, close).trim();
    parser.at = close + 1;
    const special = specials[name];
    if (special) return { source: special, optional: false };
    if (!/^[a-z][a-z'-]*$/.test(name)) throw new PatternError(`{${name}} is not a word to inflect, {not} or {you}`, start + 1);
    return { source: alternatives(inflections(name)), optional: false };
  }
  if (char === '<') {
    const close = parser.text.indexOf('>', parser.at);
    if (close < 0) throw new PatternError('< has no closing >', start + 1);
    const [kind = '', name] = parser.text.slice(parser.at + 1, close).trim().split(':');
    parser.at = close + 1;
    const body = placeholders[kind];
    if (!body) throw new PatternError(`<${kind}> is not a placeholder; use <word>, <phrase>, <number> or <any>`, start + 1);
    if (name === undefined) return { source: `(?:${body})`, optional: false };
    if (!/^[a-zA-Z]\w*$/.test(name)) throw new PatternError(`"${name}" is not a name for words (letters and digits)`, start + 1);
    if (parser.groups.has(name)) throw new PatternError(`the name "${name}" is used twice`, start + 1);
    parser.groups.add(name);
    return { source: `(?<${name}>${body})`, optional: false };
  }
  if (')]}>|'.includes(char)) throw new PatternError(`"${char}" has no opening partner`, start + 1);
  let end = parser.at;
  while (end < parser.text.length && !/[\s()[\]{}<>|]/.test(parser.text[end]!)) end++;
  let text = parser.text.slice(parser.at, end);
  parser.at = end;
  if (text.endsWith('*')) {
    text = text.slice(0, -1);
    if (!/^[a-z][a-z'-]*$/.test(text)) throw new PatternError(`"${text}*" is not a word to inflect`, start + 1);
    return { source: alternatives(inflections(text)), optional: false };
  }
  if (text.includes('*')) throw new PatternError('* goes at the end of a word ("pay*")', start + 1);
  return { source: escape(text), optional: false };
}

function alternatives(words: readonly string[]): string {
  // Longest first, so that an alternation never stops at a shorter form when a longer one fits.
  const sorted = [...new Set(words)].sort((a, b) => b.length - a.length || a.localeCompare(b));
  return sorted.length === 1 ? escape(sorted[0]!) : `(?:${sorted.map(escape).join('|')})`;
}

/** The regular-expression body of a word-level pattern (before `phrase()` adds its word boundaries). */
export function patternSource(pattern: string): string {
  const parser: Parser = { text: normalize(pattern), at: 0, groups: new Set() };
  const result = sequence(parser, '');
  if (parser.at < parser.text.length) throw new PatternError(`"${parser.text[parser.at]}" has no opening partner`, parser.at + 1);
  if (result.canBeEmpty) throw new PatternError('the pattern must hold at least one word that is not optional', 1);
  return result.source;
}

/**
 * Compile a word-level pattern (see docs/phrases.md) to a regular expression for `findPhrases`. Throws a
 * `PatternError` naming the column of a mistake.
 */
export function compilePattern(pattern: string): RegExp {
  return phrase(patternSource(pattern));
}
