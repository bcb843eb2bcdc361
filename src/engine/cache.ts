import fs from 'node:fs';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { writeFileAtomicSync } from '../atomic-write.js';
import type { AnyRule, LintResult, ResolvedConfig } from '../types.js';
import { pluginCode } from '../config/plugin-code.js';

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
 * unchanged is not linted again. The file is JSON, written atomically; an unreadable one is ignored (the
 * caller is told why, in one line) and rebuilt.
 */
export class LintCache {
  private entries: Record<string, CacheEntry> = {};
  private readonly seen = new Set<string>();
  private dirty = false;

  private constructor(
    readonly filePath: string,
    private readonly linterVersion: string,
  ) {}

  /** Open the cache; `warn` receives one sentence when an existing cache file cannot be used. */
  static open(filePath: string, linterVersion: string, warn: (text: string) => void): LintCache {
    const cache = new LintCache(filePath, linterVersion);
    let raw: string;
    try {
      raw = fs.readFileSync(filePath, 'utf8');
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code !== 'ENOENT') warn(`cannot read the cache file ${filePath} (${code ?? 'unknown error'}); linting every file`);
      return cache;
    }
    let parsed: unknown;
    try {
      parsed = JSON.parse(raw);
    } catch {
      warn(`the cache file ${filePath} is not valid JSON, so it was ignored and will be rebuilt`);
      return cache;
    }
    if (!isCacheFile(parsed)) {
      warn(`the cache file ${filePath} is not an empathy-lint cache, so it was ignored and will be rebuilt`);
      return cache;
    }
    // Another version of empathy-lint may lint differently: start afresh, quietly.
    if (parsed.format === cacheFormat && parsed.linterVersion === linterVersion) cache.entries = parsed.entries;
    else cache.dirty = true;
    return cache;
  }

  private key(filePath: string): string {
    return path.relative(path.dirname(this.filePath), filePath).split(path.sep).join('/');
  }

  /** The stored result for a file, when its content and configuration hashes match. */
  get(filePath: string, content: string, config: string): CachedResult | undefined {
    const key = this.key(filePath);
    this.seen.add(key);
    const entry = this.entries[key];
    return entry && entry.content === content && entry.config === config ? entry.result : undefined;
  }

  set(filePath: string, content: string, config: string, result: LintResult): void {
    const key = this.key(filePath);
    this.seen.add(key);
    const { filePath: _path, output: _output, skipped: _skipped, fatal: _fatal, ...rest } = result;
    this.entries[key] = { content, config, result: rest };
    this.dirty = true;
  }

  /** Write the cache if anything changed, dropping entries of files that no longer exist. */
  save(): void {
    for (const key of Object.keys(this.entries)) {
      if (!this.seen.has(key) && !fs.existsSync(path.resolve(path.dirname(this.filePath), key))) {
        delete this.entries[key];
        this.dirty = true;
      }
    }
    if (!this.dirty) return;
    const data: CacheFile = { format: cacheFormat, linterVersion: this.linterVersion, entries: this.entries };
    fs.mkdirSync(path.dirname(this.filePath), { recursive: true });
    writeFileAtomicSync(this.filePath, JSON.stringify(data));
    this.dirty = false;
  }
}

function isCacheFile(value: unknown): value is CacheFile {
  if (!value || typeof value !== 'object') return false;
  const record = value as Partial<CacheFile>;
  if (typeof record.format !== 'number' || typeof record.linterVersion !== 'string') return false;
  if (!record.entries || typeof record.entries !== 'object' || Array.isArray(record.entries)) return false;
  return Object.values(record.entries).every(
    (entry) =>
      !!entry &&
      typeof entry === 'object' &&
      typeof (entry as CacheEntry).content === 'string' &&
      typeof (entry as CacheEntry).config === 'string' &&
      !!(entry as CacheEntry).result &&
      Array.isArray((entry as CacheEntry).result.messages),
  );
}
