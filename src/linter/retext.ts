/**
 * Running a retext plugin (retext-simplify, retext-equality) over one unit's nlcst tree, for rules that wrap
 * one (plain-language, inclusive-language). The plugin is loaded by the rule's `prepare`, so it costs nothing
 * when the rule is off.
 */
import type { Root } from 'nlcst';
import { toString } from 'nlcst-to-string';
import type { VFile as VFileType } from 'vfile';
import { normalize } from './normalize.js';

/** What a retext plugin's attacher returns: it reports problems as messages on `file`. */
export type Transformer = (tree: Root, file: VFileType) => undefined;

/** A message of a plugin, in offsets of the unit. */
export interface PluginFinding {
  /** The plugin's entry id, such as "in-order-to" or "gals-man". */
  id: string;
  start: number;
  end: number;
  /** The plugin's suggested replacements, possibly empty. */
  expected: readonly string[];
  note: string | undefined;
  /** The flagged words, normalised with single spaces: the key of the plugin's phrase list ("in order to"). */
  phrase: string;
}

/** True when `outer` covers `inner` and is longer ("adversely impact on" and "adversely impact"). */
export function covers(outer: { start: number; end: number }, inner: { start: number; end: number }): boolean {
  return outer.start <= inner.start && inner.end <= outer.end && outer.end - outer.start > inner.end - inner.start;
}

let VFile: (new (value: string) => VFileType) | undefined;

/**
 * Import a retext plugin and the data module it keeps next to its entry point (see `plugin-data.ts`), and
 * vfile; for a rule's `prepare`. The importers are functions with literal specifiers, so that a bundler can
 * follow them.
 */
export async function loadPlugin<Plugin, Data>(
  importPlugin: () => Promise<{ default: Plugin }>,
  importData: () => Promise<unknown>,
): Promise<{ plugin: Plugin; data: Data | undefined }> {
  const [module, data] = await Promise.all([
    importPlugin(),
    importData().then(
      (loaded) => loaded as Data,
      () => undefined,
    ),
    (async () => {
      VFile ??= (await import('vfile')).VFile;
    })(),
  ]);
  return { plugin: module.default, data };
}

/**
 * Run `transformer` over the paragraphs of a unit's tree that may contain one of the `phrases` (all of them
 * when the index is undefined) and return its messages with unit offsets.
 */
export function runPlugin(transformer: Transformer, text: string, tree: Root, phrases: PhraseIndex | undefined): PluginFinding[] {
  const candidates = candidateTree(tree, phrases);
  if (!candidates) return [];
  return runOnTree(transformer, text, candidates);
}

function runOnTree(transformer: Transformer, text: string, tree: Root): PluginFinding[] {
  if (!VFile) throw new Error('a retext rule was used before its prepare() hook finished');
  const file = new VFile(text);
  transformer(tree, file);
  const findings: PluginFinding[] = [];
  for (const message of file.messages) {
    const place = message.place;
    const start = place && 'start' in place ? place.start.offset : undefined;
    const end = place && 'end' in place ? place.end.offset : undefined;
    if (start === undefined || end === undefined || !message.ruleId) continue;
    findings.push({
      id: message.ruleId,
      start,
      end,
      expected: Array.isArray(message.expected) ? message.expected : [],
      note: typeof message.note === 'string' ? message.note : undefined,
      phrase: normalize(text.slice(start, end)).replace(/\s+/g, ' '),
    });
  }
  return findings;
}

/** The keys nlcst-search compares a word by: lower case, without dashes, with and without apostrophes. */
function keysOf(word: string): string[] {
  const base = word.toLowerCase().replace(/\u2019/g, "'").replace(/-/g, '');
  const bare = base.replace(/'/g, '');
  return bare === base ? [base] : [base, bare];
}

/**
 * The plugin's phrases, indexed by the keys of their first word; each entry lists the keys of the phrase's
 * other words ("*" for any word). Used to leave out paragraphs that cannot match.
 */
export type PhraseIndex = ReadonlyMap<string, readonly (readonly string[])[][]>;

export function indexPhrases(phrases: Iterable<string>): PhraseIndex {
  const index = new Map<string, string[][][]>();
  for (const phrase of phrases) {
    const [first = '', ...rest] = phrase.split(' ');
    const others = rest.filter((word) => word !== '*').map(keysOf);
    for (const key of keysOf(first)) {
      const list = index.get(key);
      if (list) list.push(others);
      else index.set(key, [others]);
    }
  }
  return index;
}

/** True when every word of some phrase occurs under `node`. */
function mayContainPhrase(node: { type: string; children?: unknown[] }, index: PhraseIndex): boolean {
  const words = new Set<string>();
  const stack = [node];
  while (stack.length > 0) {
    const current = stack.pop()!;
    if (current.type === 'WordNode') {
      for (const key of keysOf(toString(current as never))) words.add(key);
    } else if (current.children) {
      for (const child of current.children) stack.push(child as { type: string; children?: unknown[] });
    }
  }
  for (const word of words) {
    for (const others of index.get(word) ?? []) {
      if (others.every((keys) => keys.some((key) => words.has(key)))) return true;
    }
  }
  return false;
}

/**
 * The paragraphs of `tree` that may contain one of the phrases, as a tree of their own (nodes keep their
 * positions), or undefined when there are none. The plugins rebuild their phrase index for every paragraph,
 * which costs about a millisecond, so paragraphs that cannot match are better left out.
 */
function candidateTree(tree: Root, index: PhraseIndex | undefined): Root | undefined {
  if (!index || index.has('*')) return tree;
  const children = tree.children.filter((child) => mayContainPhrase(child, index));
  if (children.length === 0) return undefined;
  return children.length === tree.children.length ? tree : { ...tree, children };
}

/** “a”, “b” or “c”: a plugin's suggestions, quoted for a message. */
export function quoteList(items: readonly string[]): string {
  const quoted = items.map((item) => `“${item}”`);
  if (quoted.length <= 1) return quoted.join('');
  return `${quoted.slice(0, -1).join(', ')} or ${quoted.at(-1)}`;
}
