import path from 'node:path';
import type { RuleEntry } from '../config/resolve.js';
import { parseText, toResult } from '../linter/lint.js';
import type { AnyRule, LintResult, ResolvedConfig, RuleMeta, SyntaxName, TextDocument } from '../types.js';
import { knownExtensions } from '../syntax/index.js';
import { defaultMaxFileSize, findFiles, readCopy, type ReadOutcome } from './files.js';
import { runJob, takesSuggestion, type FixType, type JobOutcome } from './lint-job.js';
import { SourceLinter } from './source.js';
import { LintCache, cacheFilePath, hashConfig, hashText, type CachedResult } from './cache.js';
import { changedLinesSince, touchesChangedLine, type ChangedLines } from './changed-lines.js';
import { restoreConventions, writeFixed } from './write-fix.js';
import { LintPool, autoThreads, fixedThreadCount, machineLoad, workersAvailable, type Concurrency, type IndexedJob, type WorkerSettings } from './pool.js';
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
  /**
   * Threads that lint: a number, `off` (the main thread alone) or `auto` (default: the main thread, joined by
   * workers only when the measured work left would take well over what starting them costs, on free processors).
   */
  concurrency?: Concurrency;
  /**
   * The environment of the run (default `process.env`): its HOME is where the config search stops, and git
   * runs with it for `changedSince`.
   */
  env?: NodeJS.ProcessEnv;
  /** Called as files finish, for a progress display. */
  onProgress?: (done: number, total: number) => void;
  /** Called once the files to read are known, before any is read: how many there are. */
  onPlan?: (files: number) => void;
  /** Called with a one-sentence warning that does not stop the run (an unreadable cache). */
  onWarning?: (text: string) => void;
  /** Keep each linted file's parsed document in `EngineRun.documents` (for the LLM pass). */
  keepDocuments?: boolean;
  /**
   * Receive each result as soon as it and every result before it in path order are final, instead of in
   * `EngineRun.results` (which then stays empty), so that a long run need not hold every result until its end.
   * The run waits for the returned promise before handing on the next result. `rulesMeta` has the metadata of
   * every rule met so far, which includes each rule that can report in this result.
   */
  onResult?: (result: LintResult, rulesMeta: Readonly<Record<string, RuleMeta<unknown>>>) => void | Promise<void>;
  /** Called with the stack when a rule (or the linter) crashed on a file, before its result with `fatal` comes. */
  onCrash?: (filePath: string, stack: string) => void;
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
  /** The results in path order; empty when they went to `onResult`. */
  results: LintResult[];
  changes: FileChange[];
  rulesMeta: Record<string, RuleMeta<unknown>>;
  /** With `keepDocuments`: the parsed document of each linted file (its final text when fixing), by result. */
  documents: Map<LintResult, TextDocument>;
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
  config: ResolvedConfig;
  cacheKey?: { content: string; config: string };
}

/** `lintFiles` with the details the command line needs: what fixing changed, and the rules' metadata. */
export async function runEngine(patterns: string[], options: LintFilesOptions = {}): Promise<EngineRun> {
  const cwd = path.resolve(options.cwd ?? process.cwd());
  const homeDirectory = options.env?.['HOME'] || undefined;
  const sources = new SourceLinter({
    cwd,
    ...(homeDirectory ? { homeDirectory } : {}),
    ...(options.configFile ? { configFile: options.configFile } : {}),
    ...(options.ruleOverrides ? { ruleOverrides: options.ruleOverrides } : {}),
    ...(options.useIgnoreFiles === false ? { useIgnoreFiles: false } : {}),
  });
  const rootConfig = await sources.rootConfig();
  // JSON and YAML files join a folder walk when the config nearest to them lists them in `catalogs`.
  const candidates = await findFiles(patterns, cwd, await sources.walkIgnorer(), knownExtensions, (file) => sources.isCatalogFile(file));
  options.onPlan?.(candidates.length);
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
  const jobSettings = (config: ResolvedConfig) => ({ config, fix: fixType, keepDocument: options.keepDocuments === true });
  const cache = options.cache ? LintCache.open(cacheFilePath(cwd, options.cacheLocation), linterVersion(), options.onWarning ?? (() => {})) : undefined;

  const workerSettings: WorkerSettings = {
    cwd,
    ...(homeDirectory ? { homeDirectory } : {}),
    ...(options.configFile && rootConfig.filePath ? { configFile: rootConfig.filePath } : {}),
    ...(options.ruleOverrides ? { ruleOverrides: options.ruleOverrides } : {}),
    ...(fixType ? { fix: fixType } : {}),
    ...(options.keepDocuments ? { keepDocuments: true } : {}),
  };
  const concurrency = options.concurrency ?? 'auto';
  // A fixed number of threads without a cache or --changed-since: nearly every file will be linted, so start
  // the workers now, and loading the linter in them overlaps with reading the files here.
  const earlyThreads = cache || changed || concurrency === 'auto' ? 1 : fixedThreadCount(concurrency, candidates.length);
  let pool = earlyThreads > 1 ? new LintPool(earlyThreads, workerSettings) : undefined;

  // One slot per candidate keeps the serial path order whatever order files finish in; null drops a file.
  // A slot is emptied once its result has been handed on, so a long run holds only the files in flight.
  const slots: (LintResult | null | undefined)[] = new Array(candidates.length);
  const pending: Pending[] = [];
  const rulesMeta: Record<string, RuleMeta<unknown>> = {};
  const documents = new Map<LintResult, TextDocument>();
  const parsedByIndex = new Map<number, TextDocument>();
  const changes: FileChange[] = [];
  const results: LintResult[] = [];
  let nextToEmit = 0;
  // Saving fixes and handing results on wait on I/O; one chain keeps them in order while linting goes on.
  let chain: Promise<void> = Promise.resolve();
  const enqueue = (step: () => Promise<void>) => {
    chain = chain.then(step);
    // Awaited at the end of the run; until then a failure must not count as unhandled.
    chain.catch(() => {});
  };
  const emitReady = async () => {
    for (; nextToEmit < slots.length && slots[nextToEmit] !== undefined; nextToEmit++) {
      const slot = slots[nextToEmit];
      slots[nextToEmit] = null;
      if (!slot) continue;
      const result = changed ? onlyChangedLines(slot, changed) : slot;
      const document = parsedByIndex.get(nextToEmit);
      parsedByIndex.delete(nextToEmit);
      if (document && !result.fatal) documents.set(result, document);
      if (options.onResult) await options.onResult(result, rulesMeta);
      else results.push(result);
    }
  };
  try {
    const seenRulesets = new WeakSet<ReadonlyMap<string, AnyRule>>();
    let done = 0;
    const finish = (index: number, result: LintResult | null) => {
      slots[index] = result;
      done++;
      options.onProgress?.(done, candidates.length);
      enqueue(emitReady);
    };

    // Read a few files ahead: each read waits on the disk, and one at a time those waits add up over a folder.
    const reads = new Map<number, Promise<{ outcome: ReadOutcome } | { error: unknown }>>();
    const readAhead = (from: number) => {
      for (let ahead = from; ahead < Math.min(candidates.length, from + readAheadCount); ahead++) {
        if (reads.has(ahead) || candidates[ahead]!.ignoredBy || candidates[ahead]!.missing) continue;
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
      if (candidate.missing) {
        finish(index, { ...toResult(displayPath, []), fatal: candidate.missing });
        continue;
      }
      if (candidate.ignoredBy) {
        finish(index, { ...toResult(displayPath, []), skipped: `ignored by ${path.relative(cwd, candidate.ignoredBy) || candidate.ignoredBy}` });
        continue;
      }
      const loaded = await sources.configOf(candidate.filePath);
      if (await sources.ignoredByNestedConfig(candidate.filePath, loaded)) {
        finish(index, null);
        continue;
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
        finish(index, { ...toResult(displayPath, []), fatal: `is ${overLimit(outcome.size, limit)} limit for copy, so it was skipped` });
        continue;
      }
      if (outcome.kind === 'not-a-file') {
        finish(index, { ...toResult(displayPath, []), fatal: `is ${outcome.what}, not a file, so it was not read` });
        continue;
      }
      if (outcome.kind === 'utf-16') {
        finish(index, { ...toResult(displayPath, []), fatal: utf16Note });
        continue;
      }
      if (outcome.kind === 'invalid-utf8') {
        finish(index, { ...toResult(displayPath, []), fatal: `line ${outcome.line} is not valid UTF-8; save the file as UTF-8 and run again` });
        continue;
      }
      const config = sources.resolve(candidate.filePath, loaded);
      if (!seenRulesets.has(config.ruleset)) {
        seenRulesets.add(config.ruleset);
        for (const [id, rule] of config.ruleset) rulesMeta[id] ??= rule.meta as RuleMeta<unknown>;
      }
      const lines = changed?.get(candidate.filePath);
      if (lines instanceof Set && lines.size === 0 && !fixType) {
        finish(index, toResult(displayPath, []));
        continue;
      }
      const syntax = sources.syntaxOf(candidate.filePath, loaded, candidate.explicit);
      const job: Pending = { index, filePath: candidate.filePath, text: outcome.text, syntax, bom: outcome.bom, config };
      if (cache) {
        job.cacheKey = { content: hashText((outcome.bom ? '\uFEFF' : '') + outcome.text), config: hashConfig(config) };
        const cached = cache.get(candidate.filePath, job.cacheKey.content, job.cacheKey.config);
        if (cached && !(fixType && hasFixes(cached, fixType, config))) {
          const result: LintResult = { filePath: displayPath, ...cached };
          // A cached result has no parsed document: parse the text (the rules need not run again).
          if (options.keepDocuments) {
            try {
              parsedByIndex.set(index, await parseText(outcome.text, { filePath: candidate.filePath, syntax }));
            } catch {
              // It was read before, so this does not happen; without a document the LLM pass skips the file.
            }
          }
          finish(index, result);
          continue;
        }
      }
      pending.push(job);
    }

    const byIndex = new Map(pending.map((job) => [job.index, job]));
    /** What fixing changed, saved when asked; the file's result, in its slot. */
    const settle = async (job: Pending, outcome: JobOutcome) => {
      byIndex.delete(job.index);
      if (outcome.parsed) parsedByIndex.set(job.index, outcome.parsed);
      if (outcome.stack) options.onCrash?.(job.filePath, outcome.stack);
      const result = outcome.fatal ? { ...toResult(job.filePath, []), fatal: outcome.fatal } : toResult(job.filePath, outcome.messages, outcome.document);
      finish(job.index, await afterFixing(job, outcome, result));
    };
    const afterFixing = async (job: Pending, outcome: JobOutcome, result: LintResult): Promise<LintResult> => {
      const before = (job.bom ? '\uFEFF' : '') + job.text;
      if (outcome.output === undefined) {
        if (cache && job.cacheKey) cache.set(job.filePath, job.cacheKey.content, job.cacheKey.config, result);
        return result;
      }
      const after = restoreConventions(job.text, outcome.output, job.bom);
      result.output = after;
      if (after === before) return result;
      if (!options.fix?.write) {
        changes.push({ filePath: job.filePath, before, after, written: false });
        return result;
      }
      // A file that cannot be saved is that file's error; the others are still fixed and reported.
      const written = await writeFixed(job.filePath, before, after);
      if (!written.written) return { ...toResult(job.filePath, []), fatal: written.reason };
      // The findings that remain belong to the new content.
      if (cache && job.cacheKey) cache.set(job.filePath, hashText(after), job.cacheKey.config, result);
      changes.push({ filePath: job.filePath, before, after, written: true });
      return result;
    };
    const jobOf = ({ index, filePath, text, syntax }: Pending): IndexedJob => ({ index, filePath, text, syntax });
    const jobs = pending.map(jobOf);
    const unlinted = new Map(jobs.map((job) => [job.index, job]));
    const collect = (index: number, outcome: JobOutcome) => {
      const job = byIndex.get(index)!;
      // The job lists (and a pool's batches) live until the run ends: let go of the text of a file that is done,
      // so that memory holds the files in flight rather than every file of the run.
      unlinted.get(index)!.text = '';
      unlinted.delete(index);
      enqueue(() => settle(job, outcome));
    };
    const runLocal = (job: IndexedJob) => runJob(job, jobSettings(byIndex.get(job.index)!.config));
    // From here on the jobs hold the texts, and `byIndex` until a file's fixes are saved.
    pending.length = 0;
    if (concurrency === 'auto') {
      pool = await lintAuto(jobs, runLocal, collect, workerSettings);
    } else {
      // Start from the pool made early (when there were enough files), or make one now that the count is known.
      const threads = fixedThreadCount(concurrency, jobs.length);
      if (pool && pool.threads > threads) {
        await pool.close();
        pool = undefined;
      }
      if (!pool && threads > 1) pool = new LintPool(threads, workerSettings);
      if (pool) await pool.run(jobs, runLocal, collect);
      else for (const job of jobs) collect(job.index, await runLocal(job));
    }
    // A settled job adds the step that hands its result on: wait until no step is left.
    for (let last; last !== chain; ) await (last = chain);
  } finally {
    await pool?.close();
  }
  // Fixes are listed in path order, as the files are, whatever order they were saved in.
  const order = new Map(candidates.map((candidate, index) => [candidate.filePath, index]));
  changes.sort((a, b) => order.get(a.filePath)! - order.get(b.filePath)!);
  cache?.save();
  return { results, changes, rulesMeta, documents };
}

/** With `changedSince`: only the findings on changed lines (counts and fixable count to match). */
function onlyChangedLines(result: LintResult, changed: Map<string, ChangedLines>): LintResult {
  const lines = changed.get(result.filePath);
  if (!lines || result.skipped || result.fatal) return result;
  const messages = result.messages.filter((message) => touchesChangedLine(message, lines));
  if (messages.length === result.messages.length) return result;
  const { messages: _all, errorCount: _errors, warningCount: _warnings, fixableCount: _fixable, ...rest } = result;
  return { ...rest, ...toResult(result.filePath, messages) };
}

/** How long `auto` lints on the main thread alone before it judges whether workers would pay off. */
const autoProbeMs = 250;

/**
 * When this module was evaluated, in milliseconds since the process started: about what loading the linter
 * costs, which a new worker thread pays again (clamped: a long-lived process may load it late).
 */
const loadedAfterMs = Math.min(1000, Math.max(100, performance.now()));

/**
 * `--concurrency auto`: lint on the main thread, measuring as it goes; after a short probe, estimate what the
 * rest would take from the speed so far (the first file, which pays for loading parsers and warming up,
 * aside) and start workers only when that is well over what starting one costs and processors are free
 * (see `autoThreads`). Never slower than serial by more than the one decision. Returns the pool it made.
 */
async function lintAuto(
  jobs: IndexedJob[],
  runLocal: (job: IndexedJob) => Promise<JobOutcome>,
  collect: (index: number, outcome: JobOutcome) => void,
  workerSettings: WorkerSettings,
): Promise<LintPool | undefined> {
  // Measured now: `collect` lets go of each text once its file is done.
  const lengths = jobs.map((job) => job.text.length);
  const totalChars = lengths.reduce((sum, length) => sum + length, 0);
  const canSpread = jobs.length >= 2 && workersAvailable();
  const started = performance.now();
  let firstMs = 0;
  let charsDone = 0;
  let next = 0;
  while (next < jobs.length) {
    const job = jobs[next]!;
    const before = performance.now();
    collect(job.index, await runLocal(job));
    charsDone += lengths[next]!;
    next++;
    if (next === 1) firstMs = performance.now() - before;
    const elapsed = performance.now() - started;
    if (!canSpread || next < 2 || elapsed < autoProbeMs || next >= jobs.length) continue;
    const firstChars = lengths[0]!;
    const msPerChar = (elapsed - firstMs) / Math.max(1, charsDone - firstChars);
    const threads = autoThreads({ remainingMs: (totalChars - charsDone) * msPerChar, workerStartMs: loadedAfterMs + firstMs, ...machineLoad() });
    if (threads < 2) break;
    const pool = new LintPool(threads, workerSettings);
    await pool.run(jobs.slice(next), runLocal, collect);
    return pool;
  }
  // Decided (or too little work to decide): the rest on the main thread.
  for (; next < jobs.length; next++) collect(jobs[next]!.index, await runLocal(jobs[next]!));
  return undefined;
}

/** Whether a cached result has something the requested fixing would change. */
function hasFixes(result: CachedResult, type: FixType, config: ResolvedConfig): boolean {
  return result.messages.some((message) => message.fix !== undefined || ((message.suggestions?.length ?? 0) > 0 && takesSuggestion(message, type, config)));
}

/** What a UTF-16 file is told. */
export const utf16Note = 'is UTF-16 text, which is not supported, so it was skipped; save it as UTF-8 and run again';

/**
 * "5.2 MB, over the 5.0 MB", or in bytes when the sizes round to the same figure ("5,242,881 bytes, over the
 * 5,242,880-byte"): the size said is never the limit itself.
 */
function overLimit(size: number, limit: number): string {
  const shown = formatSize(size);
  const limitShown = formatSize(limit);
  if (shown !== limitShown) return `${shown}, over the ${limitShown}`;
  return `${size.toLocaleString('en-US')} bytes, over the ${limit.toLocaleString('en-US')}-byte (${limitShown})`;
}

function formatSize(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`;
}
