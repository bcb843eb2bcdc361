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
  const regex = new RegExp(`(?<!${wordChar}|')(?:${body})(?!${wordChar}|'${wordChar})`, 'gu');
  // The word boundaries add nothing to the literals a match must hold: analyse the short body alone.
  pending.push({ regex, body });
  return regex;
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

/** A subject long enough for V8 to compile an expression to machine code at once (see `global`). */
const longSubject = ' '.repeat(1000);

/** The pattern with the `g` and `d` flags, compiled once per pattern. */
function global(pattern: RegExp): RegExp {
  let result = compiled.get(pattern);
  if (!result) {
    const flags = pattern.flags.includes('g') ? pattern.flags : pattern.flags + 'g';
    const hasGroups = /\(\?<[a-zA-Z]/.test(pattern.source);
    result = hasGroups && !flags.includes('d') ? new RegExp(pattern.source, flags + 'd') : flags === pattern.flags ? pattern : new RegExp(pattern.source, flags);
    compiled.set(pattern, result);
    // V8 first compiles an expression to bytecode, then compiles it again to machine code on its second run, and
    // nearly every phrase runs more than once. A first run on a subject of 1,000 characters or more goes straight
    // to machine code, which for these long expressions is also quicker to make than bytecode: about 20 ms of a
    // 350 ms cold start. Starting that run at the subject's end tries a single position, so it costs nothing else.
    result.lastIndex = longSubject.length;
    result.exec(longSubject);
  }
  return result;
}

/**
 * Literal strings of which every match of a regular expression contains at least one, or undefined when
 * that cannot be told from the source. Worked out conservatively from the source: a run of plain characters
 * that is not optional, or a group that is not optional (its branches' literals together). Of several, the
 * one whose least telling string is most telling is kept (and of those, the one with the fewest strings): a
 * longer string is more telling, and one of the commonest words of copy ("you", "we") tells least.
 */
export function requiredLiterals(source: string, flags = ''): string[] | undefined {
  return analyseLiterals(source, flags)?.best;
}

/**
 * Every set of literals a match must hold one of, when that can be told from the source: for "your (account|plan)
 * (has been|was) (suspended|closed)", ["your"], ["account", "plan"] and ["suspended", "closed"]. A sentence that lacks
 * any one set cannot match. The most telling sets come first, the one `requiredLiterals` gives among them; at most
 * `maxLiteralSets`.
 */
export function requiredLiteralSets(source: string, flags = ''): string[][] | undefined {
  const analysis = analyseLiterals(source, flags);
  if (!analysis) return undefined;
  const score = (set: string[]) => Math.min(...set.map(selectivity));
  const kept = new Map([[JSON.stringify(analysis.best), analysis.best]]);
  for (const set of analysis.all) if (set.length > 0 && score(set) >= minExtraSelectivity && !kept.has(JSON.stringify(set))) kept.set(JSON.stringify(set), set);
  const others = [...kept.values()].slice(1).sort((a, b) => score(b) - score(a) || a.length - b.length);
  return [analysis.best, ...others].slice(0, maxLiteralSets);
}

/** Sets of literals kept per expression: each costs a little on every sentence scanned, and a few cut most. */
const maxLiteralSets = 4;
/**
 * The least telling literal a set after the first may hold: a space or a common word ("you") is in nearly every
 * sentence, and would only add work to each scan.
 */
const minExtraSelectivity = 2;

/** The most telling set of literals (`best`), and every required set of a top level with one branch (`all`). */
function analyseLiterals(source: string, flags: string): { best: string[]; all: string[][] } | undefined {
  if (/[iv]/.test(flags)) return undefined;
  let at = 0;
  const atEnd = () => at >= source.length;

  /** Reads a quantifier (`?`, `*`, `+`, `{n}`, `{n,}`, `{n,m}`, each maybe lazy) at `at`; 1 to 1 when there is none. */
  function quantifier(): { min: number; max: number } {
    const char = source[at];
    let result: { min: number; max: number } | undefined;
    if (char === '?' || char === '*' || char === '+') {
      at++;
      result = { min: char === '+' ? 1 : 0, max: char === '?' ? 1 : Infinity };
    } else if (char === '{') {
      const match = /^\{(\d+)(,(\d*))?\}/.exec(source.slice(at));
      if (match) {
        at += match[0].length;
        result = { min: Number(match[1]), max: match[2] === undefined ? Number(match[1]) : match[3] ? Number(match[3]) : Infinity };
      }
    }
    if (!result) return { min: 1, max: 1 };
    if (source[at] === '?') at++;
    return result;
  }

  /**
   * Parses branches up to `)` or the end; the literals of the alternation (`best`), or undefined, and with one branch
   * every set that branch requires (`all`).
   */
  function alternation(): { best: string[] | undefined; all: string[][] } {
    const union: string[] = [];
    let known = true;
    let branches = 0;
    let only: string[][] = [];
    for (;;) {
      const branch = sequence();
      branches++;
      only = branch.all;
      if (branch.best) union.push(...branch.best);
      else known = false;
      if (source[at] === '|') {
        at++;
        continue;
      }
      const best = known ? union : undefined;
      return { best, all: branches === 1 ? only : best ? [best] : [] };
    }
  }

  /** Parses one branch; its best set of literals, or undefined, and every set it requires. */
  function sequence(): { best: string[] | undefined; all: string[][] } {
    let best: string[] | undefined;
    const all: string[][] = [];
    let run = '';
    const consider = (candidate: string[] | undefined) => {
      if (!candidate || candidate.length === 0) return;
      all.push(candidate);
      const shortest = (list: string[]) => Math.min(...list.map(selectivity));
      const longer = best ? shortest(candidate) - shortest(best) : 1;
      if (longer > 0 || (longer === 0 && candidate.length < best!.length)) best = candidate;
    };
    const endRun = () => {
      if (run) consider([run]);
      run = '';
    };
    while (!atEnd() && source[at] !== '|' && source[at] !== ')') {
      const char = source[at]!;
      let literal: string | undefined;
      let group: string[] | undefined;
      let isGroup = false;
      if (char === '(') {
        at++;
        let capturing = true;
        if (source.startsWith('?:', at)) at += 2;
        else if (source.startsWith('?<', at) && !source.startsWith('?<=', at) && !source.startsWith('?<!', at)) at = source.indexOf('>', at) + 1;
        else if (source[at] === '?') capturing = false;
        if (!capturing) {
          // A lookaround asserts without consuming: nothing it holds need be in the match.
          at += source.startsWith('?<', at) ? 3 : 2;
          alternation();
          at++;
          endRun();
          continue;
        }
        group = alternation().best;
        at++;
        isGroup = true;
      } else if (char === '[') {
        at++;
        if (source[at] === '^') at++;
        // Skip to the closing bracket, past escaped ones.
        let close = source.indexOf(']', at);
        while (close > 0 && isEscaped(source, close)) close = source.indexOf(']', close + 1);
        at = close < 0 ? source.length : close + 1;
      } else if (char === '\\') {
        const next = source[at + 1] ?? '';
        if (/[pPu]/.test(next) && source[at + 2] === '{') at = source.indexOf('}', at) + 1;
        else if (next === 'k' && source[at + 2] === '<') at = source.indexOf('>', at) + 1;
        else if (next === 'x') at += 4;
        else if (next === 'u') at += 6;
        else if (next === 'c') at += 3;
        else {
          at += 2;
          if (!/[0-9A-Za-z]/.test(next)) literal = next;
        }
      } else {
        at++;
        if (!'.^$'.includes(char)) literal = char;
        // A character outside the Basic Multilingual Plane is two code units: one literal, quantified as a whole.
        const code = char.charCodeAt(0);
        if (code >= 0xd800 && code <= 0xdbff && /[\udc00-\udfff]/.test(source[at] ?? '')) literal = char + source[at++];
      }
      const { min, max } = quantifier();
      if (isGroup) {
        endRun();
        if (min >= 1) consider(group);
      } else if (literal !== undefined && min >= 1) {
        run += literal;
        if (max !== 1 || min !== 1) endRun();
      } else endRun();
    }
    endRun();
    return { best, all };
  }

  try {
    const { best, all } = alternation();
    return atEnd() && best && best.length > 0 && best.every((item) => item.length > 0) ? { best, all } : undefined;
  } catch {
    return undefined;
  }
}

/** True when the character at `index` follows an odd number of backslashes. */
function isEscaped(source: string, index: number): boolean {
  let count = 0;
  while (index - count - 1 >= 0 && source[index - count - 1] === '\\') count++;
  return count % 2 === 1;
}

/** Words in nearly every message: as a pattern's required literal they would rule out almost no sentence. */
const commonWords = new Set(['a', 'an', 'and', 'are', 'be', 'can', 'do', 'for', 'have', 'i', 'in', 'is', 'it', 'me', 'my', 'not', 'of', 'on', 'or', 'our', 'the', 'this', 'that', 'to', 'us', 'we', 'will', 'with', 'you', 'your']);

/** How well a literal picks out the sentences that hold it: its length, or next to nothing for a common word. */
function selectivity(literal: string): number {
  return commonWords.has(literal) ? 0.5 : literal.length;
}

/**
 * A node of the trie of required literals: children by character code, and for the literal that ends here the
 * patterns it belongs to, each with the bit of its set of literals.
 */
interface TrieNode {
  next: Map<number, TrieNode>;
  patterns?: { id: number; bit: number }[];
}

/** What `findPhrases` knows of a pattern: its number, whether it has required literals, and the bits of all its sets. */
interface PatternInfo {
  id: number;
  filtered: boolean;
  full: number;
}

/**
 * The required literals of every pattern in use, in one trie, so that one walk over a sentence tells which
 * patterns can match it (instead of a substring search per pattern and sentence).
 */
const trie: TrieNode = { next: new Map() };
/** Expressions made by `phrase` whose literals are not worked out yet, with their bodies. */
const pending: { regex: RegExp; body: string }[] = [];
const patterns = new WeakMap<RegExp, PatternInfo>();
/** Patterns in the trie; past `maxFilteredPatterns` (a plugin making expressions on the fly), new ones run unfiltered. */
let patternCount = 0;
const maxFilteredPatterns = 5_000;
/** `stamps[id] === stamp` when the sentence scanned last holds a literal of pattern `id`; `found[id]`, of which sets. */
let stamps = new Int32Array(256);
let found = new Int32Array(256);
let stamp = 0;
let scanned: { sentence: Sentence; patternCount: number } | undefined;

function remember(pattern: RegExp, sets: readonly (readonly string[])[] | undefined): PatternInfo {
  if (patternCount >= maxFilteredPatterns || sets?.length === 0) sets = undefined;
  const info: PatternInfo = { id: sets ? patternCount++ : -1, filtered: sets !== undefined, full: sets ? (1 << sets.length) - 1 : 0 };
  patterns.set(pattern, info);
  if (info.id >= stamps.length) {
    const grownStamps = new Int32Array(stamps.length * 2);
    grownStamps.set(stamps);
    stamps = grownStamps;
    const grownFound = new Int32Array(found.length * 2);
    grownFound.set(found);
    found = grownFound;
  }
  (sets ?? []).forEach((set, index) => {
    for (const literal of set) {
      let node = trie;
      for (let at = 0; at < literal.length; at++) {
        const code = literal.charCodeAt(at);
        let child = node.next.get(code);
        if (!child) {
          child = { next: new Map() };
          node.next.set(code, child);
        }
        node = child;
      }
      (node.patterns ??= []).push({ id: info.id, bit: 1 << index });
    }
  });
  return info;
}

/** Every pattern body seen so far, by `flags + ' ' + body`, for `npm run phrases` to write the literal table. */
const seenBodies = new Map<string, { body: string; flags: string }>();

/**
 * A row of a literal table: the sets of literals of an expression (a match holds one literal of each), one set alone
 * (as tables written before sets were kept have it), or 0 for none.
 */
export type PhraseLiteralRow = readonly (readonly string[])[] | readonly string[] | 0;

/** Literals worked out ahead of time, by `flags + ' ' + body`: see `usePhraseLiterals`. */
const literalTables: Readonly<Record<string, PhraseLiteralRow>>[] = [];

/**
 * Add a table of literals worked out ahead of time. The built-in rules register theirs (phrase-literals.data.ts,
 * written by `npm run phrases`), which spares every start-up the analysis of some hundreds of expressions; a
 * plugin that imports only the rule API loads none of it.
 */
export function usePhraseLiterals(table: Readonly<Record<string, PhraseLiteralRow>>): void {
  if (!literalTables.includes(table)) literalTables.push(table);
}

/**
 * The required literals of a pattern body: from a registered table, or worked out now for a body no table knows
 * (a plugin's, a house rule's, or one changed since the table was written).
 */
function literalsOf(body: string, flags: string): readonly (readonly string[])[] | undefined {
  const key = `${flags} ${body}`;
  seenBodies.set(key, { body, flags });
  let known: PhraseLiteralRow | undefined;
  for (const table of literalTables) if ((known = table[key]) !== undefined) break;
  if (known !== undefined) {
    if (known === 0 || known.length === 0) return undefined;
    return typeof known[0] === 'string' ? [known as readonly string[]] : (known as readonly (readonly string[])[]);
  }
  return requiredLiteralSets(body, flags);
}

/** The pattern bodies seen so far in this process, with their literals worked out afresh: the literal table's rows. */
export function phraseLiteralRows(): [string, string[][] | 0][] {
  return [...seenBodies].map(([key, { body, flags }]) => [key, requiredLiteralSets(body, flags) ?? 0]);
}

/** What `findPhrases` knows of `pattern`, worked out on first use. */
function infoOf(pattern: RegExp): PatternInfo {
  if (pending.length > 0) {
    // Work out all the phrases made so far at once: the first sentence needs nearly all of them anyway.
    for (const { regex, body } of pending.splice(0)) remember(regex, literalsOf(body, regex.flags));
  }
  return patterns.get(pattern) ?? remember(pattern, literalsOf(pattern.source, pattern.flags));
}

/** Mark the patterns whose literals the sentence's normalised text holds, set by set (once per sentence and trie). */
function scan(sentence: Sentence): void {
  if (scanned && scanned.sentence === sentence && scanned.patternCount === patternCount) return;
  stamp++;
  const text = sentence.normal;
  for (let start = 0; start < text.length; start++) {
    let node: TrieNode | undefined = trie;
    for (let index = start; index < text.length; index++) {
      node = node.next.get(text.charCodeAt(index));
      if (!node) break;
      if (node.patterns) {
        for (const { id, bit } of node.patterns) {
          if (stamps[id] !== stamp) {
            stamps[id] = stamp;
            found[id] = bit;
          } else found[id] = found[id]! | bit;
        }
      }
    }
  }
  scanned = { sentence, patternCount };
}

/** Every match of `pattern` (from `phrase`) in a sentence. */
export function findPhrases(sentence: Sentence, pattern: RegExp): PhraseMatch[] {
  const matches: PhraseMatch[] = [];
  // Most patterns cannot match most sentences: skip those whose required words are missing, before running
  // (and, the first time, compiling) the expression.
  const info = infoOf(pattern);
  if (info.filtered) {
    scan(sentence);
    if (stamps[info.id] !== stamp || found[info.id] !== info.full) return matches;
  }
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
