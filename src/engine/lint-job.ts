import { fixLoop, lintDocument } from '../linter/lint.js';
import { syntaxForPath } from '../syntax/index.js';
import type { Fix, LintMessage, ResolvedConfig, SyntaxName, TextDocument } from '../types.js';
import { RuleError, type DocumentOutcome } from '../linter/linter.js';

/** Which fixes `--fix` applies: rules' safe fixes only, or each finding's first suggestion too. */
export type FixType = 'safe' | 'suggestion';

/** One file to lint: its text as read (without a byte order mark). */
export interface LintJob {
  /** Absent for unnamed standard input. */
  filePath?: string | undefined;
  text: string;
  /** The syntax chosen for the path (see `SourceLinter.syntaxOf`); otherwise the extension decides. */
  syntax?: SyntaxName;
}

/** What linting one file gives: its messages, score and purpose, and the fixed text when fixing changed it. */
export interface JobOutcome {
  messages: LintMessage[];
  document: Omit<DocumentOutcome, 'messages'>;
  /** The fixed text, only when fixing was asked for and changed something. */
  output?: string;
  /** Why nothing in the file could be read (an .eml that is not a message, a catalogue that is not JSON, a rule crashed). */
  fatal?: string;
  /** With `fatal` from a crash rather than a refusal: the stack, for `--debug`. */
  stack?: string;
  /** The parsed document of the final text, when the caller asked to keep it (for the LLM pass). */
  parsed?: TextDocument;
}

/** Whether a rule that is on asks, with the shared `fix: "suggestion"` option, for its suggestions to be applied. */
export function optsIntoSuggestions(config: ResolvedConfig): boolean {
  return Object.values(config.rules).some((setting) => setting.level !== 'off' && setting.options['fix'] === 'suggestion');
}

/** Whether fixing takes this finding's first suggestion: for every finding with `--fix-type suggestion`, else when its rule opts in. */
export function takesSuggestion(message: Pick<LintMessage, 'ruleId'>, fix: FixType, config: ResolvedConfig): boolean {
  return fix === 'suggestion' || (message.ruleId !== null && config.rules[message.ruleId]?.options['fix'] === 'suggestion');
}

/** The edit fixing takes from a message: its safe fix, else its first suggestion when the fix policy asks for it. */
export function fixPolicy(fix: FixType, config: ResolvedConfig): (message: LintMessage) => Fix | undefined {
  if (fix === 'safe' && !optsIntoSuggestions(config)) return (message) => message.fix;
  return (message) => message.fix ?? (takesSuggestion(message, fix, config) ? message.suggestions?.[0]?.fix : undefined);
}

/** What running a job needs besides the job: its resolved config, the fixing asked for, and whether to keep the document. */
export interface JobSettings {
  config: ResolvedConfig;
  fix?: FixType | undefined;
  keepDocument?: boolean | undefined;
}

/**
 * Lint (and with `fix`, fix) one file with its resolved configuration. The same function runs on the main
 * thread and in worker threads, so a parallel run gives exactly the results of a serial one.
 */
export async function runJob(job: LintJob, settings: JobSettings): Promise<JobOutcome> {
  try {
    return await lintJob(job, settings);
  } catch (error) {
    // A parser that can read nothing says why in one line, and so does a crashing rule (the error names it):
    // the file is reported as not linted, and the rest of the run goes on.
    const reason = error instanceof Error ? error.message : String(error);
    // A crash (a rule's, or a TypeError and the like) keeps its stack for --debug; a parser's refusal has none.
    const crash = error instanceof RuleError ? error.cause : error instanceof Error && error.constructor !== Error ? error : undefined;
    const stack = crash instanceof Error ? crash.stack : undefined;
    return { messages: [], document: { score: 100, scoreBreakdown: [], purpose: { type: 'general', source: 'inferred' } }, fatal: reason, ...(stack ? { stack } : {}) };
  }
}

async function lintJob(job: LintJob, { config, fix, keepDocument }: JobSettings): Promise<JobOutcome> {
  const readAs = { filePath: job.filePath, syntax: job.syntax ?? syntaxForPath(job.filePath) };
  const linted = fix ? await fixLoop(job.text, config, readAs, fixPolicy(fix, config)) : { ...(await lintDocument(job.text, config, readAs)), output: job.text };
  const { messages, ...document } = linted.outcome;
  return {
    messages,
    document,
    ...(linted.output !== job.text ? { output: linted.output } : {}),
    ...(keepDocument ? { parsed: linted.document } : {}),
  };
}
