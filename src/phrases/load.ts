import { lazyYaml } from '../lazy.js';
import { compilePhraseEntries, entryLocation, type PhraseData, type PhraseDataEntry } from './compile.js';
import { phraseSchemas } from './schema.js';

/** A mistake in phrase data, naming the file and line. */
export class PhraseDataError extends Error {
  constructor(
    readonly reason: string,
    readonly file: string,
    readonly line: number | undefined,
    /** Key path of the mistake, e.g. `["entries", 3, "pattern"]`. */
    readonly keyPath: (string | number)[] = [],
  ) {
    super(`${line === undefined ? file : `${file}:${line}`}: ${reason}`);
    this.name = 'PhraseDataError';
  }
}

/** A problem found in entries, at a key path, before lines are known. */
export interface EntryProblem {
  reason: string;
  keyPath: (string | number)[];
}

function pathText(keyPath: readonly (string | number | symbol)[]): string {
  return keyPath.map((key, index) => (typeof key === 'number' ? `[${key}]` : index === 0 ? String(key) : `.${String(key)}`)).join('');
}

/** Pattern or regex, as compared for duplicates: the same words in any case or spacing are the same pattern. */
function patternKey(entry: Pick<PhraseDataEntry, 'pattern' | 'regex'>): string {
  return entry.pattern !== undefined ? `pattern:${entry.pattern.toLowerCase().replace(/\s+/g, ' ').trim()}` : `regex:${entry.regex!.trim()}`;
}

/**
 * Check entries (already parsed from YAML or a config): the schema, then unique ids and patterns, then that
 * every pattern compiles. Returns the first problem with its key path under `base`, or undefined.
 */
export function checkEntries(raw: unknown, base: (string | number)[], file: string, fragments?: Record<string, string>): EntryProblem | undefined {
  const { entry: schema } = phraseSchemas();
  if (!Array.isArray(raw)) return { reason: `${pathText(base)} must be a list of entries`, keyPath: base };
  const ids = new Map<string, number>();
  const patterns = new Map<string, number>();
  for (const [index, value] of raw.entries()) {
    const at = [...base, index];
    const parsed = schema.safeParse(value);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      const keyPath = [...at, ...issue.path.map((part) => (typeof part === 'symbol' ? String(part) : part))];
      const named = typeof (value as { id?: unknown } | null)?.id === 'string' ? ` (entry "${(value as { id: string }).id}")` : '';
      if (issue.code === 'unrecognized_keys') {
        const valid = 'id, pattern, regex, message, conditions, reportNegated, what, why, instead, rewrite, options, examples';
        const where = pathText([...keyPath, issue.keys[0]!]);
        const list = issue.path.length === 0 ? `; valid settings: ${valid}` : '';
        return { reason: `${where}${named}: unknown setting "${issue.keys[0]}"${list}`, keyPath: [...keyPath, issue.keys[0]!] };
      }
      return { reason: `${pathText(keyPath)}${named}: ${issue.message}`, keyPath };
    }
    const entry = parsed.data as PhraseDataEntry;
    const firstWithId = ids.get(entry.id);
    if (firstWithId !== undefined) {
      return { reason: `the id "${entry.id}" is used twice (first by ${pathText([...base, firstWithId])})`, keyPath: [...at, 'id'] };
    }
    ids.set(entry.id, index);
    const key = patternKey(entry);
    const firstWithPattern = patterns.get(key);
    if (firstWithPattern !== undefined) {
      const kind = entry.pattern !== undefined ? 'pattern' : 'regex';
      return {
        reason: `entry "${entry.id}" has the same ${kind} as entry "${(raw[firstWithPattern] as PhraseDataEntry).id}" (${pathText([...base, firstWithPattern])})`,
        keyPath: [...at, kind],
      };
    }
    patterns.set(key, index);
    try {
      compilePhraseEntries(fragments ? { file, entries: [entry], fragments } : { file, entries: [entry] }, 'message');
    } catch (error) {
      const reason = (error as Error).message.slice(file.length).replace(/^(?::\d+)?: /, '');
      return { reason, keyPath: [...at, entry.pattern !== undefined ? 'pattern' : 'regex'] };
    }
  }
  return undefined;
}

/**
 * Parse and validate a phrase data file (YAML). Every entry gets its line; a mistake throws a
 * `PhraseDataError` naming the file and the line.
 */
export function parsePhraseData(text: string, file: string): PhraseData {
  const { parseDocument, LineCounter, isMap, isSeq, isScalar } = lazyYaml();
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, prettyErrors: false });
  const lineAt = (offset: number | undefined) => (offset === undefined ? undefined : lineCounter.linePos(offset).line);
  if (document.errors.length > 0) {
    const error = document.errors[0]!;
    throw new PhraseDataError(`cannot parse: ${error.message.split('\n')[0]}`, file, lineAt(error.pos[0]));
  }
  /** The line of a key path: its key when the last step is a map key, else the node. */
  const lineOf = (keyPath: (string | number)[]): number | undefined => {
    let node: unknown = document.contents;
    let offset: number | undefined;
    for (const key of keyPath) {
      if (isMap(node)) {
        const pair = node.items.find((item) => isScalar(item.key) && String(item.key.value) === String(key));
        if (!pair) break;
        offset = (pair.key as { range?: [number, number, number] }).range?.[0];
        node = pair.value;
      } else if (isSeq(node) && typeof key === 'number') {
        node = node.items[key];
        offset = (node as { range?: [number, number, number] } | undefined)?.range?.[0] ?? offset;
      } else break;
    }
    return lineAt(offset);
  };
  const raw: unknown = document.toJS();
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) throw new PhraseDataError('a phrase file is a map with "entries" (or "tables" alone)', file, 1);
  const { file: fileSchema } = phraseSchemas();
  const { entries: _entries, ...rest } = raw as Record<string, unknown>;
  const shape = fileSchema.omit({ entries: true }).safeParse(rest);
  if (!shape.success) {
    const issue = shape.error.issues[0]!;
    const keyPath = issue.code === 'unrecognized_keys' ? [issue.keys[0]!] : issue.path.map(String);
    throw new PhraseDataError(issue.code === 'unrecognized_keys' ? `unknown setting "${issue.keys[0]}"; valid settings: entries, fragments, providedFragments, tables, signalContext` : issue.message, file, lineOf(keyPath) ?? 1, keyPath);
  }
  const fragments = (raw as { fragments?: Record<string, string> }).fragments;
  const provided = (raw as { providedFragments?: string[] }).providedFragments;
  // A fragment the rule's code provides is checked as an empty group: the rest of the expression must compile.
  const placeholders = Object.fromEntries((provided ?? []).map((name) => [name, '(?:)']));
  const tables = (raw as { tables?: Record<string, unknown> }).tables;
  // A file may hold only tables: word lists that a rule's code reads.
  const rawEntries = (raw as { entries?: unknown }).entries ?? (tables === undefined ? undefined : []);
  const problem = checkEntries(rawEntries, ['entries'], file, { ...placeholders, ...fragments });
  if (problem) throw new PhraseDataError(problem.reason, file, lineOf(problem.keyPath) ?? lineOf(['entries']) ?? 1, problem.keyPath);
  const entries = (rawEntries as PhraseDataEntry[]).map((entry, index) => {
    const line = lineOf(['entries', index]);
    return line === undefined ? entry : { ...entry, line };
  });
  const signalContext = (raw as { signalContext?: string }).signalContext;
  return {
    file,
    entries,
    ...(fragments === undefined ? {} : { fragments }),
    ...(provided === undefined ? {} : { providedFragments: provided }),
    ...(tables === undefined ? {} : { tables }),
    ...(signalContext === undefined ? {} : { signalContext }),
  };
}

export { entryLocation };
