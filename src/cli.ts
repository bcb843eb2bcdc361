import fs from 'node:fs';
import path from 'node:path';
import { Command, CommanderError, Option } from 'commander';
import type { LintResult, RuleMeta } from './types.js';
import type { FixType } from './engine/lint-job.js';
import type { Concurrency } from './engine/pool.js';
import type { EngineRun } from './engine/engine.js';
import type { ExternalFormatter } from './formatters/types.js';
import type { RuleEntry } from './config/resolve.js';
import { ConfigError } from './config/resolve.js';
import { llmCacheModes, llmProviders, type LlmCacheMode, type LlmProvider } from './config/llm.js';
import { linterVersion } from './engine/version.js';

/** Somewhere the CLI writes text: a stream such as `process.stdout`, or anything with `write`. */
export interface CliWriter {
  write(text: string): unknown;
  /** Whether it is a terminal: colour by default, and the progress line on standard error. */
  isTTY?: boolean;
}

/**
 * Where the CLI reads and writes: the real process by default. Embedders and tests pass their own, and the
 * CLI then reads nothing from `process` (working folder, environment, standard input, terminal).
 */
export interface CliIO {
  cwd: string;
  /** The environment: colour settings, CI, the LLM's API key, HOME (where the config search stops) and git's. */
  env: NodeJS.ProcessEnv;
  stdout: CliWriter;
  stderr: CliWriter;
  /** Standard input for `--stdin`: a stream, or its whole content as text or bytes. */
  stdin: NodeJS.ReadableStream | string | Uint8Array;
}

/** A problem with how the command was called: exit code 2 with one line on stderr. */
export class UsageError extends Error {
  override name = 'UsageError';
}

interface Flags {
  stdin?: boolean;
  stdinFilename?: string;
  format: string;
  outputFile?: string;
  config?: string;
  rule: string[];
  maxWarnings?: number;
  minScore?: number;
  quiet?: boolean;
  listRules?: boolean;
  printConfig?: string;
  testRules?: boolean;
  init?: boolean;
  color?: boolean;
  ignore: boolean;
  debug?: boolean;
  fix?: boolean;
  fixDryRun?: boolean;
  fixType?: FixType;
  changedSince?: string;
  cache?: boolean;
  cacheLocation?: string;
  concurrency?: Concurrency;
  // The optional LLM pass (see llmPass below and docs/llm.md).
  llm?: boolean;
  llmProvider?: LlmProvider;
  llmModel?: string;
  llmBaseUrl?: string;
  llmCache?: LlmCacheMode;
  llmDryRun?: boolean;
  llmStrict?: boolean;
}

const formats = ['stylish', 'json', 'sarif', 'github', 'checkstyle'];

function program(io: CliIO): Command {
  const command = new Command('empathy-lint')
    .description('Catch harsh, cold or manipulative wording in marketing and customer-experience copy.')
    .argument('[paths...]', 'files, folders or globs to lint (default: the current folder)')
    .option('--stdin', 'lint copy from standard input')
    .option('--stdin-filename <name>', 'file name for --stdin: picks the syntax and config, appears in reports')
    .option('-f, --format <name>', `output format: ${formats.join(', ')}, or the path or package name of a formatter`, 'stylish')
    .option('-o, --output-file <path>', 'write the report to a file instead of standard output')
    .option('-c, --config <path>', 'use this config file instead of searching for one')
    .option('--rule <id:level>', 'set a rule level, e.g. no-pressure:off (repeatable)', (value: string, list: string[]) => [...list, value], [])
    .option('--max-warnings <n>', 'exit with 1 when there are more than n warnings', parseCount)
    .option('--min-score <n>', 'exit with 1 when any file scores below n (0-100)', parseScore)
    .option('--quiet', 'report errors only')
    .option('--fix', 'apply safe fixes to the files, then report what remains')
    .option('--fix-dry-run', 'print the fixes as a unified diff and change nothing (with --stdin: print the fixed text)')
    .addOption(new Option('--fix-type <type>', 'which fixes to apply: safe (default), or suggestion to also take each finding’s first suggestion').choices(['safe', 'suggestion']))
    .option('--changed-since <ref>', 'report only findings on lines added or changed since a git ref, e.g. origin/main')
    .option('--cache', 'skip files unchanged since the last run with --cache (same content, config and version)')
    .option('--cache-location <path>', 'the cache file, or a folder for it (default: .empathy-cache)')
    .option('--concurrency <n>', 'threads that lint: a number, auto (workers from 100 files up; the default) or off', parseConcurrency)
    // The optional LLM pass: off unless --llm (or `enabled: true` in the config's llm block).
    .option('--llm', 'also ask a language model for a second opinion on tone (rule llm-tone; see docs/llm.md)')
    .option('--no-llm', 'never run the LLM pass, even when the config enables it')
    .addOption(new Option('--llm-provider <name>', 'LLM provider').choices([...llmProviders]))
    .option('--llm-model <name>', 'LLM model, e.g. llama3.1 or gpt-4o-mini')
    .option('--llm-base-url <url>', 'LLM API root, e.g. http://localhost:11434/v1 for Ollama', parseBaseUrl)
    .addOption(new Option('--llm-cache <mode>', 'LLM cache: rw (default), read (no requests, for CI) or off').choices([...llmCacheModes]))
    .option('--llm-dry-run', 'show what the LLM pass would send, and send nothing')
    .option('--llm-strict', 'exit with 2 when the LLM pass could not check all the copy')
    .option('--no-ignore', 'lint files even if .gitignore, .empathyignore or ignorePatterns exclude them')
    .option('--list-rules', 'list the rules with their levels and descriptions')
    .option('--print-config <file>', 'print the configuration that applies to a file')
    .option('--test-rules', "run the examples of every rule's phrase entries, built-in and the config's customRules; exit 1 if any fails")
    .option('--init', 'write a commented starter config (.empathyrc.yaml) in the current folder')
    .option('--color', 'force colour output')
    .option('--no-color', 'disable colour output')
    .option('--debug', 'print stack traces for crashes')
    .version(linterVersion(), '-v, --version')
    .helpOption('-h, --help', 'show this help')
    .showSuggestionAfterError(true)
    .exitOverride()
    .configureOutput({
      writeOut: (text) => io.stdout.write(text),
      writeErr: (text) => io.stderr.write(text),
      // Commander puts "(Did you mean ...?)" on a second line; errors are one line, so join them.
      outputError: (text, write) => write(`empathy-lint: ${text.replace(/^error: /, '').trim().replace(/\s*\n\s*/g, ' ')}\n`),
    });
  return command;
}

function parseScore(value: string): number {
  if (!/^\d+$/.test(value) || Number(value) > 100) throw new UsageError(`--min-score takes a whole number from 0 to 100, not "${value}"`);
  return Number(value);
}

function parseConcurrency(value: string): Concurrency {
  if (value === 'auto' || value === 'off') return value;
  if (!/^\d+$/.test(value) || Number(value) < 1) throw new UsageError(`--concurrency takes a number of threads, auto or off, not "${value}"`);
  return Number(value);
}

function parseBaseUrl(value: string): string {
  let url: URL | undefined;
  try {
    url = new URL(value);
  } catch {
    url = undefined;
  }
  if (!url || !/^https?:$/.test(url.protocol)) throw new UsageError(`--llm-base-url takes an http or https URL such as http://localhost:11434/v1, not "${value}"`);
  if (url.username || url.password) throw new UsageError('--llm-base-url must not carry a user name or password; put the key in the environment variable EMPATHY_LLM_API_KEY');
  return value;
}

function parseCount(value: string): number {
  if (!/^\d+$/.test(value)) throw new UsageError(`--max-warnings takes a whole number, not "${value}"`);
  return Number(value);
}

/** Run the command line and return the exit code: 0 clean, 1 lint errors or too many warnings, 2 trouble. */
export async function run(argv: string[], given: Partial<CliIO> = {}): Promise<number> {
  const io = withDefaults(given);
  const command = program(io);
  let flags: Flags;
  let paths: string[];
  try {
    command.parse(argv, { from: 'user' });
    flags = command.opts<Flags>();
    if (command.getOptionValueSource('color') !== 'cli') delete flags.color;
    paths = command.args;
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.exitCode === 0 || error.code === 'commander.helpDisplayed' || error.code === 'commander.version' ? 0 : 2;
    }
    if (error instanceof UsageError) {
      io.stderr.write(`empathy-lint: ${error.message}\n`);
      return 2;
    }
    throw error;
  }
  try {
    return await execute(flags, paths, io);
  } catch (error) {
    io.stderr.write(`empathy-lint: ${describeError(error, flags.debug === true)}\n`);
    return 2;
  }
}

function describeError(error: unknown, debug: boolean): string {
  if (error instanceof ConfigError) {
    const where = error.filePath ? `${error.filePath}${error.line ? `:${error.line}` : ''}: ` : '';
    return `${where}${error.message}`;
  }
  if (debug && error instanceof Error && error.stack) return error.stack;
  if (error instanceof Error) return error.message + (error instanceof UsageError || error.name === 'NoFilesError' ? '' : ' (run with --debug for details)');
  return String(error);
}

function checkFlags(flags: Flags, paths: string[]): void {
  if (flags.stdin && paths.length > 0) throw new UsageError('give either --stdin or paths, not both');
  if (flags.stdinFilename && !flags.stdin) throw new UsageError('--stdin-filename goes with --stdin');
  if (flags.fix && flags.fixDryRun) throw new UsageError('give either --fix or --fix-dry-run, not both');
  if (flags.fixType && !flags.fix && !flags.fixDryRun) throw new UsageError('--fix-type goes with --fix or --fix-dry-run');
  if (flags.cacheLocation && !flags.cache) throw new UsageError('--cache-location goes with --cache');
  if (flags.stdin && flags.fix) throw new UsageError('--fix cannot write to standard input; use --fix-dry-run to print the fixed text');
  if (flags.stdin && flags.cache) throw new UsageError('--cache works on files, not on --stdin');
  if (flags.stdin && flags.changedSince !== undefined) throw new UsageError('--changed-since works on files in a git repository, not on --stdin');
  if (flags.changedSince !== undefined && (flags.fix || flags.fixDryRun)) {
    throw new UsageError('--fix works on whole files, so it cannot be combined with --changed-since');
  }
}

async function execute(flags: Flags, paths: string[], io: CliIO): Promise<number> {
  const ruleOverrides = parseRuleFlags(flags.rule);
  if (flags.init) return init(io);
  if (flags.listRules) return listRules(flags, io);
  if (flags.printConfig) return printConfig(flags, ruleOverrides, io);
  if (flags.testRules) return (await import('./phrases/test-rules.js')).testRules(io, flags.config);
  checkFlags(flags, paths);
  if (flags.stdin && flags.fixDryRun) return printFixedStdin(flags, ruleOverrides, io);
  // Load the formatter first: an unknown format is a usage error before any work is done.
  const formatter = flags.fixDryRun ? undefined : await loadFormatter(flags.format, io);

  let results: LintResult[];
  let run: EngineRun | undefined;
  let stdinText: string | undefined;
  if (flags.stdin) {
    const stdin = await lintStdin(flags, ruleOverrides, io);
    results = [stdin.result];
    stdinText = stdin.text;
  } else {
    run = await lintPaths(flags, paths, ruleOverrides, io);
    results = run.results;
  }

  let exitCode = 0;
  for (const result of results) {
    if (result.fatal) {
      io.stderr.write(`empathy-lint: ${path.relative(io.cwd, result.filePath) || result.filePath}: ${result.fatal}\n`);
      exitCode = 2;
    }
  }
  const llmFailed = await llmPass(flags, results, io, stdinText);
  if (flags.fixDryRun) {
    const { unifiedDiff } = await import('./formatters/diff.js');
    const changes = run?.changes ?? [];
    writeReport(flags, unifiedDiff(changes, io.cwd), io);
    return exitCode === 2 ? 2 : changes.length > 0 ? 1 : 0;
  }
  if (flags.quiet) {
    results = results.map((result) => ({ ...result, warningCount: 0, messages: result.messages.filter((message) => message.severity === 2) }));
  }
  const shown = results.filter((result) => !result.fatal);
  writeReport(flags, await format(formatter!, shown, run?.rulesMeta ?? {}, flags, io), io);

  // LLM findings are advice: the exit code comes from the rules alone (--llm-strict fails only on LLM trouble).
  const errors = results.reduce((sum, result) => sum + result.errorCount - llmCount(result, 2), 0);
  const warnings = results.reduce((sum, result) => sum + result.warningCount - llmCount(result, 1), 0);
  if (exitCode === 2 || llmFailed) return 2;
  let failed = errors > 0;
  if (flags.maxWarnings !== undefined && warnings > flags.maxWarnings) {
    io.stderr.write(`empathy-lint: ${warnings} warnings, more than the --max-warnings limit of ${flags.maxWarnings}.\n`);
    failed = true;
  }
  if (flags.minScore !== undefined) {
    const low = results.filter((result) => result.score !== undefined && result.score < flags.minScore!);
    if (low.length > 0) {
      const list = low.map((result) => `${path.relative(io.cwd, result.filePath) || result.filePath} (${result.score})`).join(', ');
      io.stderr.write(`empathy-lint: ${low.length === 1 ? '1 file scores' : `${low.length} files score`} below --min-score ${flags.minScore}: ${list}.\n`);
      failed = true;
    }
  }
  return failed ? 1 : 0;
}

function writeReport(flags: Flags, output: string, io: CliIO): void {
  if (flags.outputFile) {
    const target = path.resolve(io.cwd, flags.outputFile);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, output);
  } else if (output) {
    io.stdout.write(output);
  }
}

async function lintPaths(flags: Flags, paths: string[], ruleOverrides: Record<string, RuleEntry> | undefined, io: CliIO): Promise<EngineRun> {
  const [{ runEngine }, { createProgress }, { ChangedSinceError }] = await Promise.all([
    import('./engine/engine.js'),
    import('./progress.js'),
    import('./engine/changed-lines.js'),
  ]);
  const progress = createProgress(io.stderr, io.env);
  const fixing = flags.fix || flags.fixDryRun;
  try {
    return await runEngine(paths, {
      cwd: io.cwd,
      env: io.env,
      ...(flags.config ? { configFile: flags.config } : {}),
      ...(ruleOverrides ? { ruleOverrides } : {}),
      useIgnoreFiles: flags.ignore,
      ...(fixing ? { fix: { type: flags.fixType ?? 'safe', write: flags.fix === true } } : {}),
      ...(flags.cache ? { cache: true } : {}),
      ...(flags.cacheLocation ? { cacheLocation: flags.cacheLocation } : {}),
      ...(flags.changedSince !== undefined ? { changedSince: flags.changedSince } : {}),
      ...(flags.concurrency !== undefined ? { concurrency: flags.concurrency } : {}),
      ...(progress ? { onProgress: (done: number, total: number) => progress.update(done, total) } : {}),
      onWarning: (text) => {
        progress?.end();
        io.stderr.write(`empathy-lint: warning: ${text}\n`);
      },
    });
  } catch (error) {
    if (error instanceof ChangedSinceError) throw new UsageError(error.message);
    throw error;
  } finally {
    progress?.end();
  }
}

const llmOptionFlags = { llmProvider: '--llm-provider', llmModel: '--llm-model', llmBaseUrl: '--llm-base-url', llmCache: '--llm-cache', llmStrict: '--llm-strict' } as const;

/**
 * The optional LLM pass (docs/llm.md). It runs with --llm or --llm-dry-run, or when the config's llm block
 * says `enabled: true` (and --no-llm is not given); an API key in the environment never turns it on. Its
 * module is imported only then. It adds `llm-tone` messages and an `llm` status to each result, and returns
 * whether --llm-strict should fail the run.
 */
async function llmPass(flags: Flags, results: LintResult[], io: CliIO, stdinText: string | undefined): Promise<boolean> {
  const off = () => {
    for (const result of results) result.llm = { status: 'off', sectionsChecked: 0, sectionsFromCache: 0, sectionsSkipped: 0, requests: 0, quotesDropped: 0 };
  };
  if (flags.fixDryRun) return false;
  if (flags.llm === false) {
    off();
    return false;
  }
  const { ConfigLoader } = await import('./config/load.js');
  const searchFrom = flags.stdin && flags.stdinFilename ? path.resolve(io.cwd, flags.stdinFilename) : io.cwd;
  const loaded = await new ConfigLoader(io.cwd, homeOf(io)).load(flags.config ? { configFile: flags.config } : { searchFrom });
  const block = loaded.config.llm;
  const on = flags.llm === true || flags.llmDryRun === true || block?.enabled === true;
  if (!on) {
    const stray = (Object.keys(llmOptionFlags) as (keyof typeof llmOptionFlags)[]).find((key) => flags[key] !== undefined);
    if (stray && flags.llm === undefined) throw new UsageError(`${llmOptionFlags[stray]} goes with --llm (or "enabled: true" in the llm config)`);
    if (block !== undefined) off();
    return false;
  }
  if (flags.changedSince !== undefined) {
    if (flags.llm === true) throw new UsageError('--llm checks whole files, so it cannot be combined with --changed-since');
    io.stderr.write('empathy-lint: llm: the LLM pass checks whole files, so it is off with --changed-since\n');
    return false;
  }
  const [{ runLlmPass }, { linterVersion }] = await Promise.all([import('./llm/index.js'), import('./engine/version.js')]);
  const log = (line: string) => io.stderr.write(/^\s/.test(line) ? `${line}\n` : `empathy-lint: ${line}\n`);
  try {
    const summary = await runLlmPass(
      results.map((result) => (stdinText !== undefined ? { result, text: stdinText } : { result })),
      {
        ...(block ? { config: block } : {}),
        baseDirectory: loaded.baseDirectory,
        flags: {
          ...(flags.llmProvider ? { provider: flags.llmProvider } : {}),
          ...(flags.llmModel ? { model: flags.llmModel } : {}),
          ...(flags.llmBaseUrl ? { baseURL: flags.llmBaseUrl } : {}),
          ...(flags.llmCache ? { cache: flags.llmCache } : {}),
          ...(flags.llmDryRun ? { dryRun: true } : {}),
        },
        env: io.env,
        cwd: io.cwd,
        log,
        linterVersion: linterVersion(),
      },
    );
    return flags.llmStrict === true && !flags.llmDryRun && summary.incomplete;
  } catch (error) {
    log(`llm: the LLM pass failed: ${describeError(error, flags.debug === true)}`);
    return flags.llmStrict === true;
  }
}

/** Messages of a result from the LLM pass, at one severity. */
function llmCount(result: LintResult, severity: 1 | 2): number {
  return result.messages.reduce((sum, message) => sum + (message.ruleId === 'llm-tone' && message.severity === severity ? 1 : 0), 0);
}

function parseRuleFlags(values: string[]): Record<string, RuleEntry> | undefined {
  if (values.length === 0) return undefined;
  const rules: Record<string, RuleEntry> = {};
  for (const value of values) {
    const split = value.lastIndexOf(':');
    const id = value.slice(0, split);
    const level = value.slice(split + 1);
    if (split <= 0 || !['off', 'warn', 'error'].includes(level)) {
      throw new UsageError(`--rule takes ID:off, ID:warn or ID:error, not "${value}"`);
    }
    rules[id] = level as RuleEntry;
  }
  return rules;
}

/** Read standard input as copy, with the configuration that applies to `--stdin-filename` (or the working folder). */
async function readStdin(flags: Flags, io: CliIO) {
  const [{ decodeCopy }, { ConfigLoader }] = await Promise.all([import('./engine/files.js'), import('./config/load.js')]);
  const bytes = await readAll(io.stdin);
  const filePath = flags.stdinFilename ? path.resolve(io.cwd, flags.stdinFilename) : undefined;
  const outcome = decodeCopy(bytes);
  const name = flags.stdinFilename ?? '<stdin>';
  if (outcome.kind === 'binary') throw new UsageError(`${name}: standard input looks like a binary file (it contains NUL bytes)`);
  if (outcome.kind === 'invalid-utf8') throw new UsageError(`${name}: line ${outcome.line} of standard input is not valid UTF-8`);
  if (outcome.kind === 'too-large') throw new UsageError(`${name}: standard input is too large`);
  const loaded = await new ConfigLoader(io.cwd, homeOf(io)).load(flags.config ? { configFile: flags.config } : { searchFrom: filePath ?? io.cwd });
  return { text: outcome.text, bom: outcome.bom, filePath, name, loaded };
}

async function lintStdin(flags: Flags, ruleOverrides: Record<string, RuleEntry> | undefined, io: CliIO): Promise<{ result: LintResult; text: string }> {
  const { lintText } = await import('./linter/lint.js');
  const input = await readStdin(flags, io);
  let result: LintResult;
  try {
    result = await lintText(input.text, {
      ...(input.filePath ? { filePath: input.filePath } : {}),
      config: input.loaded.config,
      plugins: input.loaded.plugins,
      baseDirectory: input.loaded.baseDirectory,
      ...(ruleOverrides ? { ruleOverrides } : {}),
    });
  } catch (error) {
    // A parser that can read nothing (an .eml that is not a message) says why, naming the input, as for files.
    if (error instanceof Error && !(error instanceof ConfigError) && error.name === 'Error') throw new UsageError(`${input.name}: ${error.message}`);
    throw error;
  }
  return { result: { ...result, filePath: input.filePath ?? input.name }, text: input.text };
}

/**
 * `--stdin --fix-dry-run`: print the fixed copy (all of it, unchanged when there is nothing to fix), for
 * editors that pipe a buffer through. Exit 1 when fixing changed it, as `--fix-dry-run` does for files.
 */
async function printFixedStdin(flags: Flags, ruleOverrides: Record<string, RuleEntry> | undefined, io: CliIO): Promise<number> {
  const [{ runJob }, { restoreConventions }] = await Promise.all([import('./engine/lint-job.js'), import('./engine/write-fix.js')]);
  const input = await readStdin(flags, io);
  const outcome = await runJob({ filePath: input.filePath ?? '<stdin>', text: input.text }, input.loaded, ruleOverrides, flags.fixType ?? 'safe');
  const fixed = outcome.output === undefined ? input.text : restoreConventions(input.text, outcome.output, false);
  writeReport(flags, (input.bom ? '\uFEFF' : '') + fixed, io);
  return fixed === input.text ? 0 : 1;
}

async function loadFormatter(name: string, io: CliIO): Promise<ExternalFormatter> {
  const { loadFormatter: load, FormatterLoadError } = await import('./formatters/load.js');
  try {
    return await load(name, io.cwd);
  } catch (error) {
    if (error instanceof FormatterLoadError) throw new UsageError(error.message);
    throw error;
  }
}

async function format(formatter: ExternalFormatter, results: LintResult[], runMeta: Record<string, RuleMeta<unknown>>, flags: Flags, io: CliIO): Promise<string> {
  const { builtinRules } = await import('../rules/index.js');
  const rulesMeta: Record<string, RuleMeta<unknown>> = { ...Object.fromEntries([...builtinRules].map(([id, rule]) => [id, rule.meta])), ...runMeta };
  const output = await formatter(results, { cwd: io.cwd, color: useColor(flags, io), rulesMeta, version: linterVersion() });
  if (typeof output !== 'string') throw new UsageError(`the formatter ${flags.format} returned ${typeof output}, not a string`);
  return output;
}

function useColor(flags: Flags, io: CliIO): boolean {
  if (flags.outputFile) return false;
  if (flags.color !== undefined) return flags.color;
  if (io.env['NO_COLOR'] !== undefined && io.env['NO_COLOR'] !== '') return false;
  if (io.env['FORCE_COLOR'] !== undefined) return io.env['FORCE_COLOR'] !== '0' && io.env['FORCE_COLOR'] !== 'false';
  return io.stdout.isTTY === true;
}

async function listRules(flags: Flags, io: CliIO): Promise<number> {
  const { builtinRules } = await import('../rules/index.js');
  const rules = [...builtinRules.values()].map((rule) => ({
    id: rule.meta.id,
    level: rule.meta.level,
    strictLevel: rule.meta.strictLevel ?? (rule.meta.level === 'off' ? 'off' : 'error'),
    fix: rule.meta.fix ?? null,
    description: rule.meta.description,
    url: rule.meta.url,
  }));
  if (flags.format === 'json') {
    io.stdout.write(JSON.stringify(rules, null, 2) + '\n');
    return 0;
  }
  const width = Math.max(...rules.map((rule) => rule.id.length));
  for (const rule of rules) {
    io.stdout.write(`${rule.id.padEnd(width)}  ${rule.level.padEnd(5)}  ${rule.description}\n`);
  }
  return 0;
}

async function printConfig(flags: Flags, ruleOverrides: Record<string, RuleEntry> | undefined, io: CliIO): Promise<number> {
  const [{ ConfigLoader }, { buildRuleset, resolveConfig, validateConfig }, { builtinRules }] = await Promise.all([
    import('./config/load.js'),
    import('./config/resolve.js'),
    import('../rules/index.js'),
  ]);
  const filePath = path.resolve(io.cwd, flags.printConfig!);
  const loaded = await new ConfigLoader(io.cwd, homeOf(io)).load(flags.config ? { configFile: flags.config } : { searchFrom: filePath });
  const ruleset = buildRuleset(builtinRules, loaded.plugins);
  if (ruleOverrides) validateConfig({ rules: ruleOverrides }, ruleset);
  const resolved = resolveConfig(loaded.config, ruleset, { filePath, baseDirectory: loaded.baseDirectory, finalRules: ruleOverrides });
  const rules = Object.fromEntries(
    Object.entries(resolved.rules).map(([id, setting]) => [id, Object.keys(setting.options).length > 0 ? [setting.level, setting.options] : setting.level]),
  );
  const printed = {
    configFile: loaded.filePath ?? null,
    extends: [loaded.config.extends ?? 'empathy-lint:recommended'].flat(),
    plugins: Object.keys(loaded.plugins),
    ignorePatterns: loaded.config.ignorePatterns ?? [],
    rules,
  };
  io.stdout.write(JSON.stringify(printed, null, 2) + '\n');
  return 0;
}

const starterConfig = `# empathy-lint configuration. Every key is optional; delete what you do not need.
# Docs: https://github.com/empathy-lint/empathy-lint#configuration

# Start from a preset: empathy-lint:recommended (default) or empathy-lint:strict.
extends: empathy-lint:recommended

# Levels: off, warn or error. A rule can take options: [level, { option: value }].
rules:
  no-blame: warn
  no-threat: error
  # Let a phrase through everywhere, for example your brand name:
  # no-condescension: [warn, { allow: ["Easy Tiger"] }]

# Different settings for some files (globs are relative to this file):
# overrides:
#   - files: ["legal/**/*.md"]
#     rules:
#       no-cold-tone: off

# Extra rules from packages or local files; their rules are named plugin-name/rule-id.
# plugins: ["./empathy-rules.js"]

# A second opinion on tone from a language model, only with --llm (see docs/llm.md). The API key, if
# the provider needs one, goes in the environment variable EMPATHY_LLM_API_KEY, never in this file.
# llm:
#   provider: openai-compatible   # a local server such as Ollama; or openai, anthropic
#   baseURL: http://localhost:11434/v1
#   model: llama3.1

# Files never to lint (on top of .gitignore and .empathyignore):
ignorePatterns:
  - "node_modules/"
  - "CHANGELOG.md"
`;

function init(io: CliIO): number {
  const existing = ['.empathyrc', '.empathyrc.json', '.empathyrc.yaml', '.empathyrc.yml', '.empathyrc.js', '.empathyrc.cjs', '.empathyrc.mjs', 'empathy.config.js', 'empathy.config.cjs', 'empathy.config.mjs'].find((name) =>
    fs.existsSync(path.join(io.cwd, name)),
  );
  if (existing) throw new UsageError(`${existing} already exists; edit it instead of running --init again`);
  fs.writeFileSync(path.join(io.cwd, '.empathyrc.yaml'), starterConfig, { flag: 'wx' });
  io.stdout.write('Wrote .empathyrc.yaml. Run `empathy-lint` to lint the copy in this folder.\n');
  return 0;
}

/** The given I/O, with the real process for whatever is not given (read only when not given). */
function withDefaults(io: Partial<CliIO>): CliIO {
  return {
    cwd: io.cwd ?? process.cwd(),
    env: io.env ?? process.env,
    stdout: io.stdout ?? process.stdout,
    stderr: io.stderr ?? process.stderr,
    stdin: io.stdin ?? process.stdin,
  };
}

/** The home folder of the io's environment, where config searches stop (the process's when it has none). */
function homeOf(io: CliIO): string | undefined {
  return io.env['HOME'] || undefined;
}

async function readAll(stdin: CliIO['stdin']): Promise<Buffer> {
  if (typeof stdin === 'string') return Buffer.from(stdin, 'utf8');
  if (stdin instanceof Uint8Array) return Buffer.from(stdin.buffer, stdin.byteOffset, stdin.byteLength);
  const chunks: Buffer[] = [];
  for await (const chunk of stdin) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks);
}
