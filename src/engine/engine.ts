import path from 'node:path';
import { buildRuleset, isCatalog, validateConfig, type RuleEntry } from '../config/resolve.js';
import { ConfigLoader, type LoadedConfig } from '../config/load.js';
import { builtinRules } from '../../rules/index.js';
import { toResult } from '../linter/lint.js';
import type { AnyRule, LintResult, ResolvedConfig, RuleMeta, SyntaxName } from '../types.js';
import { catalogExtensions, knownExtensions, syntaxForPath } from '../syntax/index.js';
import { IgnoreMatcher, defaultMaxFileSize, findFiles, readCopy, type Candidate, type ReadOutcome } from './files.js';
import { resolveFor, runJob, takesSuggestion, type FixType, type JobOutcome } from './lint-job.js';
import { LintCache, cacheFilePath, hashConfig, hashText, type CachedResult } from './cache.js';
import { changedLinesSince, touchesChangedLine } from './changed-lines.js';
import { restoreConventions, writeFixed } from './write-fix.js';
import { LintPool, threadCount, type Concurrency, type IndexedJob, type WorkerSettings } from './pool.js';
import { linterVersion } from './version.js';

/** Options of `lintFiles`. */
export interface LintFilesOptions {
  /** Folder that relative paths and globs start from; defaults to the process's. */
  cwd?: string;
  /** Use this config file instead of searching for one next to each file. */
  configFile?: string;
  /** Rule levels that win over every config file (the CLI's `--rule`). */
  ruleOverrides?: Record<string, RuleEntry>;
  /** Honour `.gitignore` and `.empathyignore` (default true). */
  useIgnoreFiles?: boolean;
  /** Refuse files larger than this many bytes (default 5 MiB). */
  maxFileSize?: number;
  /**
   * Fix files: `type` says which fixes (`safe`, or `suggestion` for each finding's first suggestion too);
   * `write` saves them (atomically, keeping mode, line breaks and byte order mark). Results then carry the
   * findings that remain, and `output` when a file changed.
   */
  fix?: { type: FixType; write: boolean };
  /** Reuse the results of files whose content, configuration and linter version are unchanged. */
  cache?: boolean;
  /** The cache file, or a folder for it (default `.empathy-cache` in `cwd`). */
  cacheLocation?: string;
  /** Report only findings on lines added or changed since this git ref (untracked files count as new). */
  changedSince?: string;
  /** Threads that lint: a number, `off` (the main thread alone) or `auto` (default: workers from 100 files up). */
  concurrency?: Concurrency;
  /**
   * The environment of the run (default `process.env`): its HOME is where the config search stops, and git
   * runs with it for `changedSince`.
   */
  env?: NodeJS.ProcessEnv;
  /** Called as files finish, for a progress display. */
  onProgress?: (done: number, total: number) => void;
  /** Called with a one-sentence warning that does not stop the run (an unreadable cache). */
  onWarning?: (text: string) => void;
}

/** A file that fixing changed, with its content before and after (byte order mark and line breaks as on disk). */
export interface FileChange {
  filePath: string;
  before: string;
  after: string;
  /** Whether the new content was saved; false for a dry run and for a file that changed on disk meanwhile. */
  written: boolean;
}

/** Everything a run produces: the results in path order, the files fixing changed, and the metadata of the rules that ran. */
export interface EngineRun {
  results: LintResult[];
  changes: FileChange[];
  rulesMeta: Record<string, RuleMeta<unknown>>;
}

/**
 * Lint files, folders and globs from disk. Each file uses the configuration nearest to it. Files that
 * cannot be read as copy come back with `fatal` set (binary, too large, invalid UTF-8, unreadable); files
 * named explicitly but ignored come back with `skipped` set.
 */
export async function lintFiles(patterns: string[], options: LintFilesOptions = {}): Promise<LintResult[]> {
  return (await runEngine(patterns, options)).results;
}

/** How many files are read ahead of the one being handled. */
const readAheadCount = 16;

interface Pending {
  index: number;
  filePath: string;
  text: string;
  syntax: SyntaxName;
  bom: boolean;
  loaded: LoadedConfig;
  cacheKey?: { content: string; config: string };
}

/** `lintFiles` with the details the command line needs: what fixing changed, and the rules' metadata. */
export async function runEngine(patterns: string[], options: LintFilesOptions = {}): Promise<EngineRun> {
  const cwd = path.resolve(options.cwd ?? process.cwd());
  const homeDirectory = options.env?.['HOME'] || undefined;
  const loader = new ConfigLoader(cwd, homeDirectory);
  const rootConfig = await loader.load(options.configFile ? { configFile: options.configFile } : { searchFrom: cwd });
  const ignorer =
    options.useIgnoreFiles === false
      ? new IgnoreMatcher(cwd, [], { useIgnoreFiles: false })
      : new IgnoreMatcher(cwd, rootConfig.config.ignorePatterns ?? [], rootConfig.filePath ? { extraSource: rootConfig.filePath } : {});
  // JSON and YAML files join a folder walk when the config nearest to them lists them in `catalogs`.
  const isCatalogFile = async (file: string) => {
    if (!catalogExtensions.some((extension) => file.toLowerCase().endsWith(extension))) return false;
    const nearest = options.configFile ? rootConfig : await loader.load({ searchFrom: file });
    return isCatalog(nearest.config, file, nearest.baseDirectory);
  };
  const candidates = await findFiles(patterns, cwd, ignorer, knownExtensions, isCatalogFile);
  if (options.ruleOverrides) {
    validateConfig({ rules: options.ruleOverrides }, buildRuleset(builtinRules, rootConfig.plugins));
  }
  // Asked before linting, so that a missing ref fails fast; files without a changed line need no linting.
  const changed =
    options.changedSince === undefined
      ? undefined
      : await changedLinesSince(
          options.changedSince,
          candidates.filter((candidate) => !candidate.ignoredBy).map((candidate) => candidate.filePath),
          cwd,
          options.env,
        );
  const fixType = options.fix?.type;
  const cache = options.cache ? LintCache.open(cacheFilePath(cwd, options.cacheLocation), linterVersion(), options.onWarning ?? (() => {})) : undefined;

  const workerSettings: WorkerSettings = {
    cwd,
    ...(homeDirectory ? { homeDirectory } : {}),
    ...(options.configFile && rootConfig.filePath ? { configFile: rootConfig.filePath } : {}),
    ...(options.ruleOverrides ? { ruleOverrides: options.ruleOverrides } : {}),
    ...(fixType ? { fix: fixType } : {}),
  };
  // Without a cache or --changed-since nearly every file will be linted: start the workers now, so that
  // loading the linter in them overlaps with reading the files here.
  const earlyThreads = cache || changed ? 1 : threadCount(options.concurrency ?? 'auto', candidates.length);
  let pool = earlyThreads > 1 ? new LintPool(earlyThreads, workerSettings) : undefined;

  // One slot per candidate keeps the serial path order whatever order files finish in; null drops a file.
  const slots: (LintResult | null | undefined)[] = new Array(candidates.length);
  const outcomes = new Map<number, JobOutcome>();
  const pending: Pending[] = [];
  const rulesMeta: Record<string, RuleMeta<unknown>> = {};
  try {
    const seenRulesets = new WeakSet<ReadonlyMap<string, AnyRule>>();
    let done = 0;
    const finish = (index: number, result: LintResult | null) => {
      slots[index] = result;
      done++;
      options.onProgress?.(done, candidates.length);
    };

    // Read a few files ahead: each read waits on the disk, and one at a time those waits add up over a folder.
    const reads = new Map<number, Promise<{ outcome: ReadOutcome } | { error: unknown }>>();
    const readAhead = (from: number) => {
      for (let ahead = from; ahead < Math.min(candidates.length, from + readAheadCount); ahead++) {
        if (reads.has(ahead) || candidates[ahead]!.ignoredBy) continue;
        reads.set(
          ahead,
          readCopy(candidates[ahead]!.filePath, options.maxFileSize ?? defaultMaxFileSize).then(
            (outcome) => ({ outcome }),
            (error: unknown) => ({ error }),
          ),
        );
      }
    };

    for (const [index, candidate] of candidates.entries()) {
      const displayPath = candidate.filePath;
      readAhead(index);
      if (candidate.ignoredBy) {
        finish(index, { ...toResult(displayPath, []), skipped: `ignored by ${path.relative(cwd, candidate.ignoredBy) || candidate.ignoredBy}` });
        continue;
      }
      const loaded = options.configFile ? rootConfig : await loader.load({ searchFrom: candidate.filePath });
      if (!options.configFile && options.useIgnoreFiles !== false && loaded.config.ignorePatterns && loaded !== rootConfig) {
        const local = new IgnoreMatcher(loaded.baseDirectory, loaded.config.ignorePatterns);
        if (local.ignoredBy(candidate.filePath)) {
          finish(index, null);
          continue;
        }
      }
      const read = (await reads.get(index))!;
      reads.delete(index);
      if ('error' in read) {
        const code = (read.error as NodeJS.ErrnoException).code;
        finish(index, { ...toResult(displayPath, []), fatal: code === 'EACCES' ? 'permission denied' : `cannot be read (${code ?? 'unknown error'})` });
        continue;
      }
      const outcome = read.outcome;
      if (outcome.kind === 'binary') {
        const note = 'looks like a binary file (it contains NUL bytes), so it was skipped';
        finish(index, candidate.explicit ? { ...toResult(displayPath, []), fatal: note } : { ...toResult(displayPath, []), skipped: note });
        continue;
      }
      if (outcome.kind === 'too-large') {
        const limit = options.maxFileSize ?? defaultMaxFileSize;
        finish(index, { ...toResult(displayPath, []), fatal: `is ${formatSize(outcome.size)}, over the ${formatSize(limit)} limit for copy, so it was skipped` });
        continue;
      }
      if (outcome.kind === 'invalid-utf8') {
        finish(index, { ...toResult(displayPath, []), fatal: `line ${outcome.line} is not valid UTF-8; save the file as UTF-8 and run again` });
        continue;
      }
      const config = resolveFor(candidate.filePath, loaded, options.ruleOverrides);
      if (!seenRulesets.has(config.ruleset)) {
        seenRulesets.add(config.ruleset);
        for (const [id, rule] of config.ruleset) rulesMeta[id] ??= rule.meta as RuleMeta<unknown>;
      }
      const lines = changed?.get(candidate.filePath);
      if (lines instanceof Set && lines.size === 0 && !fixType) {
        finish(index, toResult(displayPath, []));
        continue;
      }
      const job: Pending = { index, filePath: candidate.filePath, text: outcome.text, syntax: syntaxFor(candidate, loaded), bom: outcome.bom, loaded };
      if (cache) {
        job.cacheKey = { content: hashText((outcome.bom ? '\uFEFF' : '') + outcome.text), config: hashConfig(config) };
        const cached = cache.get(candidate.filePath, job.cacheKey.content, job.cacheKey.config);
        if (cached && !(fixType && hasFixes(cached, fixType, config))) {
          finish(index, { filePath: displayPath, ...cached });
          continue;
        }
      }
      pending.push(job);
    }

    const byIndex = new Map(pending.map((job) => [job.index, job]));
    const collect = (index: number, outcome: JobOutcome) => {
      outcomes.set(index, outcome);
      const job = byIndex.get(index)!;
      finish(index, outcome.fatal ? { ...toResult(job.filePath, []), fatal: outcome.fatal } : toResult(job.filePath, outcome.messages, outcome.document));
    };
    // Start from the pool made early (when there were enough files), or make one now that the count is known.
    const threads = threadCount(options.concurrency ?? 'auto', pending.length);
    if (pool && pool.threads > threads) {
      await pool.close();
      pool = undefined;
    }
    if (!pool && threads > 1) pool = new LintPool(threads, workerSettings);
    if (pool) {
      const jobs: IndexedJob[] = pending.map(({ index, filePath, text, syntax }) => ({ index, filePath, text, syntax }));
      await pool.run(jobs, (job) => runJob(job, byIndex.get(job.index)!.loaded, options.ruleOverrides, fixType), collect);
    } else {
      for (const job of pending) collect(job.index, await runJob(job, job.loaded, options.ruleOverrides, fixType));
    }
  } finally {
    await pool?.close();
  }

  const changes: FileChange[] = [];
  for (const job of pending) {
    const outcome = outcomes.get(job.index)!;
    const result = slots[job.index]!;
    const before = (job.bom ? '\uFEFF' : '') + job.text;
    if (outcome.output === undefined) {
      if (cache && job.cacheKey) cache.set(job.filePath, job.cacheKey.content, job.cacheKey.config, result);
      continue;
    }
    const after = restoreConventions(job.text, outcome.output, job.bom);
    result.output = after;
    if (after === before) continue;
    if (!options.fix?.write) {
      changes.push({ filePath: job.filePath, before, after, written: false });
      continue;
    }
    if ((await writeFixed(job.filePath, before, after)) === 'changed-on-disk') {
      slots[job.index] = {
        ...toResult(job.filePath, []),
        fatal: 'changed on disk while it was being linted, so its fixes were not saved; run empathy-lint --fix again',
      };
      continue;
    }
    // The findings that remain belong to the new content.
    if (cache && job.cacheKey) cache.set(job.filePath, hashText(after), job.cacheKey.config, result);
    changes.push({ filePath: job.filePath, before, after, written: true });
  }

  let results = slots.filter((slot): slot is LintResult => slot !== null && slot !== undefined);
  if (changed) {
    results = results.map((result) => {
      const lines = changed.get(result.filePath);
      if (!lines || result.skipped || result.fatal) return result;
      const messages = result.messages.filter((message) => touchesChangedLine(message, lines));
      if (messages.length === result.messages.length) return result;
      const { messages: _all, errorCount: _errors, warningCount: _warnings, fixableCount: _fixable, ...rest } = result;
      return { ...rest, ...toResult(result.filePath, messages) };
    });
  }
  cache?.save();
  return { results, changes, rulesMeta };
}

/** Whether a cached result has something the requested fixing would change. */
function hasFixes(result: CachedResult, type: FixType, config: ResolvedConfig): boolean {
  return result.messages.some((message) => message.fix !== undefined || ((message.suggestions?.length ?? 0) > 0 && takesSuggestion(message, type, config)));
}

/** Catalogue globs win, then a JSON or YAML file named explicitly is a catalogue, then the extension decides. */
function syntaxFor(candidate: Candidate, loaded: LoadedConfig): SyntaxName {
  if (isCatalog(loaded.config, candidate.filePath, loaded.baseDirectory)) return 'catalog';
  const lower = candidate.filePath.toLowerCase();
  if (candidate.explicit && catalogExtensions.some((extension) => lower.endsWith(extension))) return 'catalog';
  return syntaxForPath(candidate.filePath);
}

function formatSize(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`;
}
