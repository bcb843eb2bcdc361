import fs from 'node:fs';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { writeFileAtomicSync } from '../atomic-write.js';
import type { AnyRule, LintResult, ResolvedConfig } from '../types.js';
import { pluginCode } from '../config/plugin-code.js';
import { lazyZod } from '../lazy.js';

/** Bumped whenever the cache file's shape changes; an older file is then dropped silently. */
const cacheFormat = 1;

/** What the cache keeps of a linted file: the result without its path (the key) or fixed output. */
export type CachedResult = Omit<LintResult, 'filePath' | 'output' | 'skipped' | 'fatal'>;

interface CacheEntry {
  content: string;
  config: string;
  result: CachedResult;
}

interface CacheFile {
  format: number;
  linterVersion: string;
  entries: Record<string, CacheEntry>;
}

/** The default cache file, in the working folder. */
export const defaultCacheName = '.empathy-cache';

/** Where the cache lives: `--cache-location` may name a file or an existing folder (or end in a slash). */
export function cacheFilePath(cwd: string, location: string | undefined): string {
  if (!location) return path.join(cwd, defaultCacheName);
  const resolved = path.resolve(cwd, location);
  const isFolder = /[\\/]$/.test(location) || (fs.existsSync(resolved) && fs.statSync(resolved).isDirectory());
  return isFolder ? path.join(resolved, defaultCacheName) : resolved;
}

export function hashText(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** JSON with sorted keys, and functions and regular expressions by their source, for hashing. */
function stableStringify(value: unknown): string {
  if (typeof value === 'function' || value instanceof RegExp) return JSON.stringify(String(value));
  if (Array.isArray(value)) return `[${value.map(stableStringify).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, item]) => item !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${stableStringify(item)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

const rulesetPrints = new WeakMap<ReadonlyMap<string, AnyRule>, string>();

/**
 * A fingerprint of the rules a configuration can run: ids, metadata, the source of each rule's `create`, and
 * for a plugin's rules the code of the plugin's modules (its helpers too). A plugin whose code was edited gets
 * a new fingerprint even when its version did not change.
 */
function rulesetPrint(ruleset: ReadonlyMap<string, AnyRule>): string {
  let print = rulesetPrints.get(ruleset);
  if (print === undefined) {
    const hash = createHash('sha256');
    for (const [id, rule] of [...ruleset].sort(([a], [b]) => (a < b ? -1 : 1))) {
      const { schema: _schema, ...meta } = rule.meta;
      hash.update(`${id}\0${stableStringify(meta)}\0${String(rule.create)}\0${String(rule.prepare ?? '')}\0${pluginCode.get(rule) ?? ''}\0`);
    }
    print = hash.digest('hex');
    rulesetPrints.set(ruleset, print);
  }
  return print;
}

/** A hash of the configuration resolved for one file: rule levels and options, message type, and the rules themselves. */
export function hashConfig(config: ResolvedConfig): string {
  let hash = configHashes.get(config);
  if (hash === undefined) {
    hash = hashText(stableStringify({ rules: config.rules, messageType: config.messageType, copyKind: config.copyKind }) + rulesetPrint(config.ruleset));
    configHashes.set(config, hash);
  }
  return hash;
}

/** Resolved configurations are shared by the files they apply to (and not changed once made): hash each once. */
const configHashes = new WeakMap<ResolvedConfig, string>();

/**
 * The results of earlier runs, by file: a file whose content, resolved configuration and linter version are
 * unchanged is not linted again. The file is JSON, written atomically. The cache never costs a report: a cache
 * file that cannot be read or written is reported in one line and the run goes on without it. And it never
 * costs anything else: it replaces only a regular file that is recognisably an empathy-lint cache (or creates
 * one), never a device, a pipe, a folder or a file of other content. Entries that do not have the shape of a
 * result are dropped, and their files linted again.
 */
export class LintCache {
  // No prototype: a key such as "__proto__" in a cache file is only a key.
  private entries: Record<string, CacheEntry> = Object.create(null) as Record<string, CacheEntry>;
  private readonly seen = new Set<string>();
  private dirty = false;
  /** Why nothing will be written this run, when the file at the location must be left alone. */
  private leaveAlone = false;

  private constructor(
    readonly filePath: string,
    private readonly linterVersion: string,
    private readonly warn: (text: string) => void,
  ) {}

  /** Open the cache; `warn` receives one sentence when the cache file cannot be used, read or written. */
  static open(filePath: string, linterVersion: string, warn: (text: string) => void): LintCache {
    const cache = new LintCache(filePath, linterVersion, warn);
    let stats: fs.Stats;
    try {
      stats = fs.statSync(filePath);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ENOENT') return cache;
      // ELOOP, EACCES on a parent folder...: what is there cannot be known, so it is not replaced.
      cache.leaveAlone = true;
      warn(`cannot use the cache file ${filePath} (${code ?? 'unknown error'}); linting every file, and no cache is kept this run`);
      return cache;
    }
    if (!stats.isFile()) {
      cache.leaveAlone = true;
      warn(`the cache location ${filePath} is not a regular file (${kindOf(stats)}), so it was left alone; linting every file, and no cache is kept this run`);
      return cache;
    }
    let raw: string;
    try {
      raw = fs.readFileSync(filePath, 'utf8');
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      cache.leaveAlone = true;
      warn(`cannot read the cache file ${filePath} (${code ?? 'unknown error'}); linting every file, and no cache is kept this run`);
      return cache;
    }
    let parsed: unknown;
    try {
      parsed = JSON.parse(raw);
    } catch {
      // A cut-off cache of ours still starts as one; anything else is someone's file, which stays as it is.
      if (ownCachePrefix.test(raw)) {
        warn(`the cache file ${filePath} is not valid JSON, so it was ignored and will be rebuilt`);
        cache.dirty = true;
      } else {
        cache.leaveAlone = true;
        warn(notOurs(filePath));
      }
      return cache;
    }
    const header = cacheHeader(parsed);
    if (!header) {
      cache.leaveAlone = true;
      warn(notOurs(filePath));
      return cache;
    }
    // Another version of empathy-lint may lint differently: start afresh, quietly.
    if (header.format !== cacheFormat || header.linterVersion !== linterVersion) {
      cache.dirty = true;
      return cache;
    }
    const schema = entrySchema();
    for (const [key, entry] of Object.entries(header.entries)) {
      const checked = schema.safeParse(entry);
      if (checked.success && countsMatch(checked.data.result)) cache.entries[key] = checked.data as unknown as CacheEntry;
      else cache.dirty = true;
    }
    return cache;
  }

  private key(filePath: string): string {
    return path.relative(path.dirname(this.filePath), filePath).split(path.sep).join('/');
  }

  /** The stored result for a file, when its content and configuration hashes match. */
  get(filePath: string, content: string, config: string): CachedResult | undefined {
    const key = this.key(filePath);
    this.seen.add(key);
    const entry = Object.hasOwn(this.entries, key) ? this.entries[key] : undefined;
    return entry && entry.content === content && entry.config === config ? entry.result : undefined;
  }

  set(filePath: string, content: string, config: string, result: LintResult): void {
    const key = this.key(filePath);
    this.seen.add(key);
    const { filePath: _path, output: _output, skipped: _skipped, fatal: _fatal, ...rest } = result;
    this.entries[key] = { content, config, result: rest };
    this.dirty = true;
  }

  /**
   * Write the cache if anything changed, dropping entries of files that no longer exist. A cache that cannot
   * be written is said in one line; the run's report and exit code do not depend on it.
   */
  save(): void {
    if (this.leaveAlone) return;
    for (const key of Object.keys(this.entries)) {
      if (!this.seen.has(key) && !fs.existsSync(path.resolve(path.dirname(this.filePath), key))) {
        delete this.entries[key];
        this.dirty = true;
      }
    }
    if (!this.dirty) return;
    const data: CacheFile = { format: cacheFormat, linterVersion: this.linterVersion, entries: this.entries };
    try {
      // Checked again just before writing: the location may have been replaced since the cache was opened.
      const now = fs.statSync(this.filePath, { throwIfNoEntry: false });
      if (now && !now.isFile()) {
        this.warn(`the cache location ${this.filePath} is not a regular file (${kindOf(now)}), so it was left alone; the results were not cached`);
        return;
      }
      fs.mkdirSync(path.dirname(this.filePath), { recursive: true });
      writeFileAtomicSync(this.filePath, JSON.stringify(data));
      this.dirty = false;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      this.warn(`cannot write the cache file ${this.filePath} (${code ? describeCode(code) : 'unknown error'}); the results were not cached`);
    }
  }
}

/** How every cache file this module writes begins (JSON.stringify keeps the key order of `CacheFile`). */
const ownCachePrefix = /^\s*\{\s*"format"\s*:\s*\d+\s*,\s*"linterVers/;

function notOurs(filePath: string): string {
  return `the file ${filePath} is not an empathy-lint cache, so it was left alone; linting every file, and no cache is kept this run (delete the file or choose another --cache-location)`;
}

function kindOf(stats: fs.Stats): string {
  if (stats.isDirectory()) return 'a folder';
  if (stats.isFIFO()) return 'a named pipe';
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return 'a device';
  if (stats.isSocket()) return 'a socket';
  return 'not a file';
}

function describeCode(code: string): string {
  const known: Record<string, string> = {
    EACCES: 'permission denied',
    EPERM: 'permission denied',
    EISDIR: 'it is a folder',
    ENOTDIR: 'a parent of it is a file, not a folder',
    EEXIST: 'a parent of it is a file, not a folder',
    EROFS: 'read-only file system',
    ENOSPC: 'no space left on the device',
  };
  return known[code] ? `${code}: ${known[code]}` : code;
}

/** The outer shape of a cache file: enough to know it is ours, before each entry is checked. */
function cacheHeader(value: unknown): CacheFile | undefined {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return undefined;
  const record = value as Partial<CacheFile>;
  if (typeof record.format !== 'number' || typeof record.linterVersion !== 'string') return undefined;
  if (!record.entries || typeof record.entries !== 'object' || Array.isArray(record.entries)) return undefined;
  return record as CacheFile;
}

/** A result whose counts say what its messages say: a tampered count would change the exit code. */
function countsMatch(result: { errorCount: number; warningCount: number; messages: readonly { severity: number }[] }): boolean {
  const errors = result.messages.filter((message) => message.severity === 2).length;
  return result.errorCount === errors && result.warningCount === result.messages.length - errors;
}

type EntrySchema = ReturnType<typeof buildEntrySchema>;
let entrySchemaCache: EntrySchema | undefined;

function entrySchema(): EntrySchema {
  entrySchemaCache ??= buildEntrySchema();
  return entrySchemaCache;
}

/**
 * The shape of a cache entry, as formatters and the exit code read it: what they read is checked strictly,
 * and what they do not (fields a later version adds) is kept as it is.
 */
function buildEntrySchema() {
  const z = lazyZod();
  const count = z.number().int().nonnegative();
  const position = z.number().int().positive();
  const fix = z.object({ range: z.tuple([count, count]), text: z.string() });
  const message = z.looseObject({
    ruleId: z.string().nullable(),
    severity: z.union([z.literal(1), z.literal(2)]),
    message: z.string(),
    line: position,
    column: position,
    endLine: position,
    endColumn: position,
    messageId: z.string().optional(),
    location: z.string().optional(),
    fix: fix.optional(),
    suggestions: z.array(z.object({ desc: z.string(), fix })).optional(),
  });
  const purpose = z.looseObject({ type: z.string(), problem: z.string().optional(), source: z.string() });
  const result = z.looseObject({
    errorCount: count,
    warningCount: count,
    fixableCount: count,
    score: z.number().min(0).max(100).optional(),
    scoreBreakdown: z.array(z.looseObject({ ruleId: z.string(), count, cost: z.number() })).optional(),
    purpose: purpose.optional(),
    copyKind: z.string().optional(),
    entries: z.array(z.looseObject({ location: z.string(), copyKind: z.string(), purpose, score: z.number(), findings: count })).optional(),
    messages: z.array(message),
  });
  return z.object({ content: z.string(), config: z.string(), result });
}
