import fs from 'node:fs';
import path from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { Command, CommanderError, Option } from 'commander';
import type { LintResult, RuleMeta, TextDocument } from './types.js';
import type { FixType } from './engine/lint-job.js';
import type { Concurrency } from './engine/pool.js';
import type { EngineRun, LintFilesOptions } from './engine/engine.js';
import type { ExternalFormatter, FormatterContext, StreamingFormatter } from './formatters/types.js';
import type { RuleEntry } from './config/resolve.js';
import { ConfigError } from './config/error.js';
import { llmCacheModes, llmProviders, userBaseUrlProblem, type LlmCacheMode, type LlmProvider } from './config/llm.js';
import { linterVersion } from './engine/version.js';
import { defaultMaxFileSize } from './engine/limits.js';
import { UsageError } from './usage-error.js';
import { terminalText } from './formatters/terminal-text.js';

export { UsageError };

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
  verbose?: boolean;
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
  lsp?: boolean;
  mcp?: boolean;
  stdio?: boolean;
}

const formats = ['stylish', 'json', 'sarif', 'github', 'checkstyle', 'html'];

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
    .option('--verbose', 'list every file with its score and purpose, kind ones too')
    .option('--fix', 'apply safe fixes to the files, then report what remains')
    .option('--fix-dry-run', 'print the fixes as a unified diff and change nothing (with --stdin: print the fixed text)')
    .addOption(new Option('--fix-type <type>', 'which fixes to apply: safe (default), or suggestion to also take each finding’s first suggestion').choices(['safe', 'suggestion']))
    .option('--changed-since <ref>', 'report only findings on lines added or changed since a git ref, e.g. origin/main')
    .option('--cache', 'skip files unchanged since the last run with --cache (same content, config and version)')
    .option('--cache-location <path>', 'the cache file, or a folder for it (default: .empathy-cache)')
    .option('--concurrency <n>', 'threads that lint: a number, auto (the default: workers join only when the work measured so far says they pay off) or off', parseConcurrency)
    // The optional LLM pass: off unless --llm; a config file cannot turn it on.
    .option('--llm', 'also ask a language model for a second opinion on tone (rule llm-tone; see docs/llm.md)')
    .option('--no-llm', 'never run the LLM pass')
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
    .option('--lsp', 'run as a language server on standard input and output, for editors')
    .option('--mcp', 'run as a Model Context Protocol server on standard input and output, for AI assistants')
    // Language clients often add --stdio to the server's command; standard input and output is the only transport.
    .addOption(new Option('--stdio').hideHelp())
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
  const problem = userBaseUrlProblem(value);
  if (problem) throw new UsageError(`--llm-base-url ${problem}`);
  return value;
}

function parseCount(value: string): number {
  if (!/^\d+$/.test(value)) throw new UsageError(`--max-warnings takes a whole number, not "${value}"`);
  return Number(value);
}

/**
 * What this process has done, for the binary: it keeps its compile cache only after a run that linted copy, so
 * that the cache holds the code a lint runs, not only what `--version` or `--help` needed.
 */
export const runState = { linted: false };

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
  if (error instanceof Error) return error.message + (error instanceof UsageError || error.name === 'UsageError' || error.name === 'NoFilesError' ? '' : ' (run with --debug for details)');
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
  if (flags.init) {
    const { writeStarterConfig } = await import('./init.js');
    io.stdout.write(writeStarterConfig(io.cwd) + '\n');
    return 0;
  }
  if (flags.listRules) return listRules(flags, io);
  if (flags.printConfig) return printConfig(flags, ruleOverrides, io);
  if (flags.testRules) return (await import('./phrases/test-rules.js')).testRules(io, flags.config);
  if (flags.lsp || flags.mcp) return serve(flags, paths, ruleOverrides, io);
  if (flags.stdio) throw new UsageError('--stdio goes with --lsp or --mcp');
  checkFlags(flags, paths);
  if (flags.stdin && flags.fixDryRun) return printFixedStdin(flags, ruleOverrides, io);
  // Load the formatter first: an unknown format is a usage error before any work is done.
  const formatter = flags.fixDryRun ? undefined : await loadFormatter(flags.format, io);

  // The LLM pass reads the documents the linter parsed; they are kept only when it will run.
  const keepDocuments = !flags.fixDryRun && llmWillRun(flags);
  // Without the LLM pass, which needs every result before the report, a built-in format streams the report
  // out as files finish, so a long run does not hold all its results.
  if (!flags.fixDryRun && !flags.stdin && !keepDocuments) {
    const { streamingFormatters } = await import('./formatters/index.js');
    const streaming = streamingFormatters[flags.format];
    if (streaming) {
      if (paths.length === 0 && (await pipedCopy(io))) throw pipedCopyError();
      // What the LLM stage does when its pass is off (an `llm` status on each result) is known now.
      const { llmOff } = await import('./llm/stage.js');
      return lintStreaming(flags, paths, ruleOverrides, streaming, await llmOff(llmRequest(flags), llmContext(flags, io)), io);
    }
  }
  const gate = new ExitGate(flags, io);
  let results: LintResult[];
  let run: EngineRun | undefined;
  let documents: ReadonlyMap<LintResult, TextDocument>;
  let stdinText: string | undefined;
  if (flags.stdin) {
    const { lintStdin } = await import('./engine/stdin.js');
    runState.linted = true;
    const stdin = await lintStdin(await readStdin(io.stdin, flags.stdinFilename), { cwd: io.cwd, homeDirectory: homeOf(io), configFile: flags.config, ruleOverrides, filename: flags.stdinFilename, keepDocument: keepDocuments });
    results = [stdin.result];
    stdinText = stdin.text;
    documents = new Map(stdin.document ? [[stdin.result, stdin.document]] : []);
  } else {
    // Copy piped in without --stdin would otherwise be ignored while the folder is linted instead.
    if (paths.length === 0 && (await pipedCopy(io))) throw pipedCopyError();
    run = await lintPaths(flags, paths, ruleOverrides, keepDocuments, io, gate);
    results = run.results;
    documents = run.documents;
    if (results.length === 0) await sayNothingFound(flags, paths, io);
  }

  for (const result of results) gate.noteFatal(result);
  const llmFailed = flags.fixDryRun ? false : await llmStage(flags, results, documents, io);
  if (flags.fixDryRun) {
    const { unifiedDiff } = await import('./formatters/diff.js');
    const changes = run?.changes ?? [];
    writeReport(flags, unifiedDiff(changes, io.cwd), io);
    return gate.fatal ? 2 : changes.length > 0 ? 1 : 0;
  }
  const shown = results.map((result) => gate.count(result));
  const context = await formatterContext(run?.rulesMeta ?? {}, flags, io, stdinText);
  context.runFailed = llmFailed;
  writeReport(flags, await format(formatter!, shown, context, flags), io);
  return gate.exitCode(llmFailed);
}


/** Copy piped in without --stdin would otherwise be ignored while the folder is linted instead. */
function pipedCopyError(): UsageError {
  return new UsageError('copy was piped to standard input, which is read only with --stdin: run `empathy-lint --stdin` (add --stdin-filename NAME to pick its format), or name the files to lint');
}

/** A run that found nothing says so, and why (a --changed-since run with no changed file has nothing to say). */
async function sayNothingFound(flags: Flags, paths: string[], io: CliIO): Promise<void> {
  if (flags.changedSince !== undefined) return;
  const { catalogueHint } = await import('./engine/catalog-hint.js');
  const hint = await catalogueHint(paths, io.cwd, flags.ignore);
  const where = paths.length > 0 ? paths.join(', ') : 'this folder';
  io.stderr.write(`empathy-lint: ${hint ?? `no copy found to lint in ${where}: folders are searched for Markdown, text, HTML, e-mail and MJML files (see the README's input formats)`}\n`);
}

/**
 * Lint files and write the report as results arrive, in path order: with a built-in format and no LLM pass,
 * memory is bounded by the files in flight, not by the run.
 */
async function lintStreaming(
  flags: Flags,
  paths: string[],
  ruleOverrides: Record<string, RuleEntry> | undefined,
  streaming: StreamingFormatter,
  // A type only: the LLM modules load when a run needs them.
  llm: import('./llm/stage.js').LlmOff,
  io: CliIO,
): Promise<number> {
  const { ReportOutput } = await import('./report-output.js');
  const context = await formatterContext({}, flags, io, undefined);
  const output = new ReportOutput(
    streaming(context),
    flags.outputFile ? { file: path.resolve(io.cwd, flags.outputFile) } : { sink: io.stdout as CliWriter & { once?: (event: 'drain', listener: () => void) => unknown } },
  );
  const gate = new ExitGate(flags, io);
  let count = 0;
  try {
    await lintPaths(flags, paths, ruleOverrides, false, io, gate, async (result, rulesMeta) => {
      // Rules of plugins and nested configs become known as the files that use them are configured.
      Object.assign(context.rulesMeta, rulesMeta);
      count++;
      gate.noteFatal(result);
      if (llm.status) result.llm = { ...llm.status };
      await output.add(gate.count(result));
    });
  } catch (error) {
    output.abandon();
    throw error;
  }
  if (count === 0) await sayNothingFound(flags, paths, io);
  if (llm.note) io.stderr.write(`empathy-lint: ${llm.note}\n`);
  await output.end();
  return gate.exitCode(false);
}

/** What decides the exit code, gathered result by result. */
class ExitGate {
  /** Whether a file could not be linted (its line is on standard error): exit 2. */
  fatal = false;
  private errors = 0;
  private warnings = 0;
  private readonly lowScores: string[] = [];
  /** The stack of each crash, by file: with --debug it is printed in place of the one line. */
  readonly crashStacks = new Map<string, string>();

  constructor(
    private readonly flags: Flags,
    private readonly io: CliIO,
  ) {}

  /** Name a file that could not be linted on standard error, once, as soon as it is known (with --debug, a crash's stack). */
  noteFatal(result: LintResult): void {
    if (!result.fatal) return;
    const stack = this.crashStacks.get(result.filePath);
    const reason = stack === undefined ? terminalText(result.fatal) : this.flags.debug ? stack : `${terminalText(result.fatal)} (run with --debug for details)`;
    this.io.stderr.write(`empathy-lint: ${terminalText(path.relative(this.io.cwd, result.filePath) || result.filePath)}: ${reason}\n`);
    this.fatal = true;
  }

  /** Count a result's findings and score; returns the result as the report shows it (errors only with --quiet). */
  count(result: LintResult): LintResult {
    const shown = this.flags.quiet ? { ...result, warningCount: 0, messages: result.messages.filter((message) => message.severity === 2) } : result;
    // LLM findings are advice: the exit code comes from the rules alone (--llm-strict fails only on LLM trouble).
    this.errors += shown.errorCount - llmCount(shown, 2);
    this.warnings += shown.warningCount - llmCount(shown, 1);
    if (this.flags.minScore !== undefined && shown.score !== undefined && shown.score < this.flags.minScore) {
      this.lowScores.push(`${path.relative(this.io.cwd, shown.filePath) || shown.filePath} (${shown.score})`);
    }
    return shown;
  }

  /** 2 for trouble, 1 for lint errors, too many warnings or a low score, else 0; says why on standard error. */
  exitCode(llmFailed: boolean): number {
    if (this.fatal || llmFailed) return 2;
    let failed = this.errors > 0;
    if (this.flags.maxWarnings !== undefined && this.warnings > this.flags.maxWarnings) {
      this.io.stderr.write(`empathy-lint: ${this.warnings} warnings, more than the --max-warnings limit of ${this.flags.maxWarnings}.\n`);
      failed = true;
    }
    if (this.lowScores.length > 0) {
      const count = this.lowScores.length;
      this.io.stderr.write(`empathy-lint: ${count === 1 ? '1 file scores' : `${count} files score`} below --min-score ${this.flags.minScore}: ${this.lowScores.join(', ')}.\n`);
      failed = true;
    }
    return failed ? 1 : 0;
  }
}

/** `--lsp` and `--mcp`: a server on standard input and output until the client leaves; the servers load only here. */
async function serve(flags: Flags, paths: string[], ruleOverrides: Record<string, RuleEntry> | undefined, io: CliIO): Promise<number> {
  const mode = flags.lsp ? '--lsp' : '--mcp';
  if (flags.lsp && flags.mcp) throw new UsageError('give either --lsp or --mcp, not both');
  if (paths.length > 0 || flags.stdin) throw new UsageError(`${mode} reads documents from its client, not from paths or --stdin`);
  // Flags about reports, fixing and the LLM pass mean nothing to a server: its client asks for what it needs.
  const unused = ['format', 'outputFile', 'stdinFilename', 'maxWarnings', 'minScore', 'quiet', 'verbose', 'fix', 'fixDryRun', 'fixType', 'changedSince', 'cache', 'cacheLocation', 'concurrency', 'llm', 'llmProvider', 'llmModel', 'llmBaseUrl', 'llmCache', 'llmDryRun', 'llmStrict'] as const;
  const given: string[] = unused.filter((key) => (key === 'format' ? flags.format !== 'stylish' : key === 'llm' ? flags.llm === true : flags[key] !== undefined));
  if (given.length > 0) {
    const names = given.map((key) => `--${key.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`)}`);
    throw new UsageError(`${mode} takes --config, --rule and --no-ignore, not ${names.join(', ')}: the client asks for what it needs`);
  }
  if (typeof io.stdin === 'string' || io.stdin instanceof Uint8Array) throw new UsageError(`${mode} needs standard input as a stream`);
  const stdout = io.stdout as CliWriter & Partial<NodeJS.WritableStream>;
  if (typeof stdout.on !== 'function') throw new UsageError(`${mode} needs standard output as a stream`);
  const settings = {
    cwd: io.cwd,
    env: io.env,
    stdin: io.stdin,
    stdout: stdout as NodeJS.WritableStream,
    configFile: flags.config,
    ruleOverrides,
    useIgnoreFiles: flags.ignore,
  };
  if (flags.lsp) return (await import('./servers/lsp.js')).runLanguageServer(settings);
  return (await import('./servers/mcp.js')).runMcpServer(settings);
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

async function lintPaths(
  flags: Flags,
  paths: string[],
  ruleOverrides: Record<string, RuleEntry> | undefined,
  keepDocuments: boolean,
  io: CliIO,
  gate?: ExitGate,
  onResult?: LintFilesOptions['onResult'],
): Promise<EngineRun> {
  const [{ runEngine }, { createProgress }, { ChangedSinceError }] = await Promise.all([
    import('./engine/engine.js'),
    import('./progress.js'),
    import('./engine/changed-lines.js'),
  ]);
  runState.linted = true;
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
      ...(keepDocuments ? { keepDocuments: true } : {}),
      ...(onResult ? { onResult } : {}),
      ...(gate ? { onCrash: (filePath: string, stack: string) => gate.crashStacks.set(filePath, stack) } : {}),
      ...(progress ? { onProgress: (done: number, total: number) => progress.update(done, total) } : {}),
      onPlan: keepHeapTight,
      onWarning: (text) => {
        progress?.end();
        io.stderr.write(`empathy-lint: warning: ${terminalText(text)}\n`);
      },
    });
  } catch (error) {
    if (error instanceof ChangedSinceError) throw new UsageError(error.message);
    throw error;
  } finally {
    progress?.end();
  }
}

/** Files in a run past which the heap is kept tight; a short run starts faster with V8's default. */
const longRunFiles = 50;

/**
 * Over many files, let the heap grow to half again what is live between full collections, not V8's default of up to
 * four times: a run over thousands of files then stays within a few hundred MiB (the memory check's 2,000 files peak
 * near 250 MiB; 270 to 300 MiB when the heap could double, and over 400 MiB with the default), for some 6% more time
 * collecting. A run over a few files keeps the
 * default, which spares it some collections at start-up. The setting is V8's `--heap-growing-percent`, read at each
 * collection, so setting it before the files are read covers the whole run and every worker thread.
 */
function keepHeapTight(files: number): void {
  if (files <= longRunFiles || heapKeptTight) return;
  heapKeptTight = true;
  setFlagsFromString('--heap-growing-percent=50');
}
let heapKeptTight = false;

function llmRequest(flags: Flags) {
  return {
    llm: flags.llm,
    provider: flags.llmProvider,
    model: flags.llmModel,
    baseURL: flags.llmBaseUrl,
    cache: flags.llmCache,
    dryRun: flags.llmDryRun,
    strict: flags.llmStrict,
  };
}

function llmContext(flags: Flags, io: CliIO) {
  return {
    cwd: io.cwd,
    env: io.env,
    homeDirectory: homeOf(io),
    configFile: flags.config,
    configFor: flags.stdin && flags.stdinFilename ? path.resolve(io.cwd, flags.stdinFilename) : undefined,
    changedSince: flags.changedSince !== undefined,
    // Lines of the LLM pass name hosts and a provider's error codes, which come from outside: printed clean.
    log: (line: string) => io.stderr.write(/^\s/.test(line) ? `${line.match(/^\s*/)![0]}${terminalText(line.trimStart())}\n` : `empathy-lint: ${terminalText(line)}\n`),
    describeError: (error: unknown) => describeError(error, flags.debug === true),
  };
}

/** Whether the LLM pass will run: only the command line turns it on, so no module need load to know. */
function llmWillRun(flags: Flags): boolean {
  if (flags.llm === false || flags.changedSince !== undefined) return false;
  return flags.llm === true || flags.llmDryRun === true;
}

/** The optional LLM pass (docs/llm.md), over the results and the documents the linter parsed. */
async function llmStage(flags: Flags, results: LintResult[], documents: ReadonlyMap<LintResult, TextDocument>, io: CliIO): Promise<boolean> {
  const { runLlmStage } = await import('./llm/stage.js');
  return runLlmStage(llmRequest(flags), results, documents, llmContext(flags, io));
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

/**
 * `--stdin --fix-dry-run`: print the fixed copy (all of it, unchanged when there is nothing to fix), for
 * editors that pipe a buffer through. Exit 1 when fixing changed it, as `--fix-dry-run` does for files.
 */
async function printFixedStdin(flags: Flags, ruleOverrides: Record<string, RuleEntry> | undefined, io: CliIO): Promise<number> {
  const { lintStdin } = await import('./engine/stdin.js');
  runState.linted = true;
  const input = await lintStdin(await readStdin(io.stdin, flags.stdinFilename), { cwd: io.cwd, homeDirectory: homeOf(io), configFile: flags.config, ruleOverrides, filename: flags.stdinFilename, fix: flags.fixType ?? 'safe' });
  const fixed = input.fixed ?? input.text;
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

/** What a formatter knows: the metadata of the built-in rules and of the rules the run met, colour, version, the copy. */
async function formatterContext(runMeta: Record<string, RuleMeta<unknown>>, flags: Flags, io: CliIO, stdinText: string | undefined): Promise<FormatterContext> {
  const { builtinRules } = await import('../rules/index.js');
  const rulesMeta: Record<string, RuleMeta<unknown>> = { ...Object.fromEntries([...builtinRules].map(([id, rule]) => [id, rule.meta])), ...runMeta };
  // The copy as it was linted: standard input's text, or the file (after --fix, the fixed file the findings point into).
  const source = (filePath: string): string | undefined => {
    if (stdinText !== undefined) return stdinText;
    try {
      return fs.readFileSync(path.resolve(io.cwd, filePath), 'utf8');
    } catch {
      return undefined;
    }
  };
  return { cwd: io.cwd, color: useColor(flags, io), ...(flags.verbose ? { verbose: true } : {}), rulesMeta, version: linterVersion(), source };
}

async function format(formatter: ExternalFormatter, results: LintResult[], context: FormatterContext, flags: Flags): Promise<string> {
  const output = await formatter(results, context);
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
  const { SourceLinter } = await import('./engine/source.js');
  const home = homeOf(io);
  const sources = new SourceLinter({ cwd: io.cwd, ...(home ? { homeDirectory: home } : {}), ...(flags.config ? { configFile: flags.config } : {}), ...(ruleOverrides ? { ruleOverrides } : {}) });
  io.stdout.write(JSON.stringify(await sources.describe(flags.printConfig!), null, 2) + '\n');
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

/**
 * Whether copy is waiting on standard input although --stdin was not given: text handed to `run`, a non-empty
 * file redirected in, or a pipe with data within a moment. Never in CI (`CI` set), where runners may leave
 * their own pipe on a step's standard input, and never for a terminal or an embedder's stream.
 */
async function pipedCopy(io: CliIO): Promise<boolean> {
  const { stdin } = io;
  if (typeof stdin === 'string' || stdin instanceof Uint8Array) return stdin.length > 0;
  const ci = io.env['CI'];
  if ((ci !== undefined && ci !== '' && ci !== 'false' && ci !== '0') || stdin !== process.stdin || process.stdin.isTTY) return false;
  let stats: fs.Stats;
  try {
    stats = fs.fstatSync(0);
  } catch {
    return false;
  }
  if (stats.isFile()) return stats.size > 0;
  // A pipe, or the socket Node.js and other runtimes give a child process for its standard input.
  if (!stats.isFIFO() && !stats.isSocket()) return false;
  // Wait briefly for the first bytes, or for the writer to close it empty. A writer that takes longer
  // than this to start is not waited for.
  return new Promise<boolean>((resolve) => {
    const finish = (piped: boolean) => {
      clearTimeout(timer);
      process.stdin.off('readable', onReadable).off('end', onEnd).off('error', onEnd);
      process.stdin.destroy();
      resolve(piped);
    };
    const onReadable = () => finish(process.stdin.read() !== null);
    const onEnd = () => finish(false);
    const timer = setTimeout(() => finish(false), 300);
    process.stdin.on('readable', onReadable).on('end', onEnd).on('error', onEnd);
  });
}

/**
 * Standard input, read up to the size limit for copy (that of files): past it, reading stops and the run ends
 * with a usage error, so an endless stream (`< /dev/zero`) cannot fill memory.
 */
async function readStdin(stdin: CliIO['stdin'], name = '<stdin>'): Promise<Buffer> {
  const tooLarge = () => new UsageError(`${name}: standard input is over the ${defaultMaxFileSize / 1024 / 1024} MiB limit for copy; lint it in parts, or save it as files`);
  if (typeof stdin === 'string' || stdin instanceof Uint8Array) {
    const bytes = typeof stdin === 'string' ? Buffer.from(stdin, 'utf8') : Buffer.from(stdin.buffer, stdin.byteOffset, stdin.byteLength);
    if (bytes.length > defaultMaxFileSize) throw tooLarge();
    return bytes;
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stdin) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    size += bytes.length;
    // Leaving the loop stops the stream: nothing more is read.
    if (size > defaultMaxFileSize) throw tooLarge();
    chunks.push(bytes);
  }
  return Buffer.concat(chunks);
}
