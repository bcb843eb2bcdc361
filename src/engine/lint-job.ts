import { builtinRules } from '../../rules/index.js';
import { buildRuleset, matchingOverrides, resolveConfig, type RuleEntry } from '../config/resolve.js';
import type { LoadedConfig } from '../config/load.js';
import { fixText, lintWithConfig } from '../linter/lint.js';
import { applyFixes } from '../linter/fix.js';
import { syntaxForPath } from '../syntax/index.js';
import type { Fix, LintMessage, ResolvedConfig, SyntaxName } from '../types.js';
import { RuleError, type DocumentOutcome } from '../linter/linter.js';

/** Which fixes `--fix` applies: rules' safe fixes only, or each finding's first suggestion too. */
export type FixType = 'safe' | 'suggestion';

/** How many lint-and-fix passes suggestion fixing makes at most (as `fixText` does for safe fixes). */
const maxSuggestionPasses = 10;

/** One file to lint: its text as read (without a byte order mark). */
export interface LintJob {
  filePath: string;
  text: string;
  /** The syntax chosen by the engine (a catalogue by config glob); otherwise the extension decides. */
  syntax?: SyntaxName;
}

/** What linting one file gives: its messages, score and purpose, and the fixed text when fixing changed it. */
export interface JobOutcome {
  messages: LintMessage[];
  document: Omit<DocumentOutcome, 'messages'>;
  /** The fixed text, only when fixing was asked for and changed something. */
  output?: string;
  /** Why nothing in the file could be read (an .eml that is not a message, a catalogue that is not JSON). */
  fatal?: string;
}

/** The configuration of one file, resolved from its loaded config file and the `--rule` overrides. */
export function resolveFor(filePath: string, loaded: LoadedConfig, ruleOverrides: Record<string, RuleEntry> | undefined): ResolvedConfig {
  // Files under one config resolve alike unless different overrides match them: resolve each combination once.
  const key = `${matchingOverrides(loaded.config, filePath, loaded.baseDirectory).join(',')}|${ruleOverrides ? JSON.stringify(ruleOverrides) : ''}`;
  let byKey = resolved.get(loaded);
  if (!byKey) {
    byKey = new Map();
    resolved.set(loaded, byKey);
  }
  let config = byKey.get(key);
  if (!config) {
    config = resolveConfig(loaded.config, buildRuleset(builtinRules, loaded.plugins), {
      filePath,
      baseDirectory: loaded.baseDirectory,
      finalRules: ruleOverrides,
    });
    byKey.set(key, config);
  }
  return config;
}

const resolved = new WeakMap<LoadedConfig, Map<string, ResolvedConfig>>();

/** Whether a rule that is on asks, with the shared `fix: "suggestion"` option, for its suggestions to be applied. */
export function optsIntoSuggestions(config: ResolvedConfig): boolean {
  return Object.values(config.rules).some((setting) => setting.level !== 'off' && setting.options['fix'] === 'suggestion');
}

/** Whether fixing takes this finding's first suggestion: for every finding with `--fix-type suggestion`, else when its rule opts in. */
export function takesSuggestion(message: Pick<LintMessage, 'ruleId'>, fix: FixType, config: ResolvedConfig): boolean {
  return fix === 'suggestion' || (message.ruleId !== null && config.rules[message.ruleId]?.options['fix'] === 'suggestion');
}

/**
 * Lint (and with `fix`, fix) one file. The same function runs on the main thread and in worker threads, so
 * a parallel run gives exactly the results of a serial one.
 */
export async function runJob(
  job: LintJob,
  loaded: LoadedConfig,
  ruleOverrides: Record<string, RuleEntry> | undefined,
  fix: FixType | undefined,
): Promise<JobOutcome> {
  try {
    return await lintJob(job, loaded, ruleOverrides, fix);
  } catch (error) {
    // A parser that can read nothing says why in one line; a crashing rule is a bug and goes up.
    if (error instanceof RuleError || !(error instanceof Error)) throw error;
    return { messages: [], document: { score: 100, scoreBreakdown: [], purpose: { type: 'general', source: 'inferred' } }, fatal: error.message };
  }
}

async function lintJob(
  job: LintJob,
  loaded: LoadedConfig,
  ruleOverrides: Record<string, RuleEntry> | undefined,
  fix: FixType | undefined,
): Promise<JobOutcome> {
  const syntax = job.syntax ?? syntaxForPath(job.filePath);
  const config = resolveFor(job.filePath, loaded, ruleOverrides);
  if (fix === 'safe' && !optsIntoSuggestions(config)) {
    const fixed = await fixText(job.text, {
      filePath: job.filePath,
      syntax,
      config: loaded.config,
      plugins: loaded.plugins,
      baseDirectory: loaded.baseDirectory,
      ...(ruleOverrides ? { ruleOverrides } : {}),
    });
    const document = {
      score: fixed.score ?? 100,
      scoreBreakdown: fixed.scoreBreakdown ?? [],
      purpose: fixed.purpose!,
      ...(fixed.copyKind ? { copyKind: fixed.copyKind } : {}),
      ...(fixed.entries ? { entries: fixed.entries } : {}),
    };
    return { messages: fixed.messages, document, ...(fixed.fixed ? { output: fixed.output } : {}) };
  }
  let outcome = await lintWithConfig(job.text, config, { filePath: job.filePath, syntax });
  let output = job.text;
  if (fix) {
    // Safe fixes, and each finding's first suggestion where --fix-type or the rule's `fix` option asks for
    // it; overlapping edits wait for the next pass.
    for (let pass = 0; pass < maxSuggestionPasses; pass++) {
      const fixes = outcome.messages.flatMap((message): Fix[] => {
        const edit = message.fix ?? (takesSuggestion(message, fix, config) ? message.suggestions?.[0]?.fix : undefined);
        return edit ? [edit] : [];
      });
      if (fixes.length === 0) break;
      const next = applyFixes(output, fixes);
      if (next.applied === 0 || next.output === output) break;
      output = next.output;
      outcome = await lintWithConfig(output, config, { filePath: job.filePath, syntax });
    }
  }
  const { messages, ...document } = outcome;
  return { messages, document, ...(output !== job.text ? { output } : {}) };
}
