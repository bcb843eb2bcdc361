/**
 * Whether and how the optional LLM pass runs after the rules (docs/llm.md), fed the results and the documents
 * the linter parsed. It runs with `llm: true` or `dryRun` only: neither a config file (which comes with the
 * repository being linted) nor an API key in the environment turns it on. The pass's own module is imported
 * only then.
 */
import { baseUrlEnv, userBaseUrlProblem, type LlmCacheMode, type LlmConfig, type LlmProvider } from '../config/llm.js';
import type { LintResult, LlmFileStatus, TextDocument } from '../types.js';
import { UsageError } from '../usage-error.js';
import { SourceLinter } from '../engine/source.js';
import { linterVersion } from '../engine/version.js';

/** The LLM flags of a run (`--llm`, `--no-llm`, `--llm-*`). */
export interface LlmRequest {
  /** `--llm` (true) or `--no-llm` (false); undefined is off. */
  llm?: boolean | undefined;
  provider?: LlmProvider | undefined;
  model?: string | undefined;
  baseURL?: string | undefined;
  cache?: LlmCacheMode | undefined;
  dryRun?: boolean | undefined;
  strict?: boolean | undefined;
}

/** Where the run happens and what it linted. */
export interface LlmStageContext {
  cwd: string;
  env: NodeJS.ProcessEnv;
  /** Where the upward config search stops (default: the process's home folder). */
  homeDirectory?: string | undefined;
  configFile?: string | undefined;
  /** The file whose config applies (`--stdin-filename`); the working folder's otherwise. */
  configFor?: string | undefined;
  /** `--changed-since` was given: the pass checks whole files, so it stays off. */
  changedSince?: boolean;
  /** Receives each line for the user (stderr), without a newline. */
  log: (line: string) => void;
  /** Turns an error into one line for the user. */
  describeError: (error: unknown) => string;
}

const requestFlags = { provider: '--llm-provider', model: '--llm-model', baseURL: '--llm-base-url', cache: '--llm-cache', strict: '--llm-strict' } as const;

/** An `llm` status for a file the pass did not look at. */
const off = { status: 'off', sectionsChecked: 0, sectionsFromCache: 0, sectionsSkipped: 0, requests: 0, quotesDropped: 0 } as const;

/** What the stage does instead of the pass: the `llm` status every result gets, and a line for the user. */
export interface LlmOff {
  status?: LlmFileStatus;
  note?: string;
}

/**
 * When the pass will not run (no `--llm` or `--llm-dry-run`), what the stage does instead, known before
 * linting so that results can be reported as they come. A flag that needs the pass is a `UsageError`.
 */
export async function llmOff(request: LlmRequest, context: Pick<LlmStageContext, 'cwd' | 'homeDirectory' | 'configFile' | 'configFor' | 'changedSince'>): Promise<LlmOff> {
  if (request.llm === false) return { status: { ...off } };
  const sources = new SourceLinter({ cwd: context.cwd, ...(context.homeDirectory ? { homeDirectory: context.homeDirectory } : {}), ...(context.configFile ? { configFile: context.configFile } : {}) });
  const loaded = context.configFor ? await sources.configOf(context.configFor) : await sources.rootConfig();
  return passOff(request, loaded.config.llm, context) ?? {};
}

/** Undefined when the pass runs; else what to do instead (see `llmOff`). */
function passOff(request: LlmRequest, block: LlmConfig | undefined, context: Pick<LlmStageContext, 'changedSince'>): LlmOff | undefined {
  if (request.llm === false) return { status: { ...off } };
  const on = request.llm === true || request.dryRun === true;
  if (!on) {
    const stray = (Object.keys(requestFlags) as (keyof typeof requestFlags)[]).find((key) => request[key] !== undefined);
    if (stray && request.llm === undefined) throw new UsageError(`${requestFlags[stray]} goes with --llm`);
    return block !== undefined ? { status: { ...off } } : {};
  }
  if (context.changedSince) {
    if (request.llm === true) throw new UsageError('--llm checks whole files, so it cannot be combined with --changed-since');
    return { note: 'llm: the LLM pass checks whole files, so it is off with --changed-since' };
  }
  return undefined;
}

/**
 * Run the LLM stage over lint results: adds `llm-tone` messages and an `llm` status to each result, and
 * returns whether `strict` should fail the run. A flag that needs the pass while it is off is a `UsageError`.
 */
export async function runLlmStage(
  request: LlmRequest,
  results: LintResult[],
  documents: ReadonlyMap<LintResult, TextDocument>,
  context: LlmStageContext,
): Promise<boolean> {
  if (request.llm === false) {
    for (const result of results) result.llm = { ...off };
    return false;
  }
  const sources = new SourceLinter({ cwd: context.cwd, ...(context.homeDirectory ? { homeDirectory: context.homeDirectory } : {}), ...(context.configFile ? { configFile: context.configFile } : {}) });
  const loaded = context.configFor ? await sources.configOf(context.configFor) : await sources.rootConfig();
  const block = loaded.config.llm;
  const stopped = passOff(request, block, context);
  if (stopped) {
    if (stopped.note) context.log(stopped.note);
    if (stopped.status) for (const result of results) result.llm = { ...stopped.status };
    return false;
  }
  const chosenBaseUrl = context.env[baseUrlEnv]?.trim();
  const baseUrlProblem = chosenBaseUrl && !request.baseURL ? userBaseUrlProblem(chosenBaseUrl) : undefined;
  if (baseUrlProblem) throw new UsageError(`the environment variable ${baseUrlEnv} ${baseUrlProblem}`);
  const { runLlmPass } = await import('./index.js');
  const log = (line: string) => context.log(line);
  try {
    const summary = await runLlmPass(
      results.map((result) => {
        const document = documents.get(result);
        return document ? { result, document } : { result };
      }),
      {
        ...(block ? { config: block } : {}),
        baseDirectory: loaded.baseDirectory,
        flags: {
          ...(request.provider ? { provider: request.provider } : {}),
          ...(request.model ? { model: request.model } : {}),
          ...(request.baseURL ? { baseURL: request.baseURL } : {}),
          ...(request.cache ? { cache: request.cache } : {}),
          ...(request.dryRun ? { dryRun: true } : {}),
        },
        env: context.env,
        cwd: context.cwd,
        log,
        linterVersion: linterVersion(),
      },
    );
    return request.strict === true && !request.dryRun && summary.incomplete;
  } catch (error) {
    log(`llm: the LLM pass failed: ${context.describeError(error)}`);
    return request.strict === true;
  }
}
