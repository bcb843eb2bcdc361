import type { AnyRule, LintMessage, LintResult, ResolvedConfig, SyntaxName } from '../types.js';
import { builtinRules } from '../../rules/index.js';
import { buildRuleset, resolveConfig, validateConfig, type ConfigObject, type Plugin, type RuleEntry } from '../config/resolve.js';
import { loadParser, syntaxForPath } from '../syntax/index.js';
import { runRules, type DocumentOutcome } from './linter.js';
import { applyFixes, fixesOf } from './fix.js';

/** Options of `lintText` and `fixText`. */
export interface LintTextOptions {
  /** Reported in results, picks the syntax from its extension, and is matched against `overrides`. */
  filePath?: string;
  /** Force a syntax instead of guessing from `filePath`. */
  syntax?: SyntaxName;
  /** A configuration object, as in `.empathyrc`; defaults to the recommended preset. */
  config?: ConfigObject;
  /** Plugins named in `config.plugins`, already loaded (`loadConfig` returns them), by namespace. */
  plugins?: Record<string, Plugin>;
  /** Folder that `overrides` globs are relative to (the config file's folder). */
  baseDirectory?: string;
  /** Rule levels applied over the config and its overrides (the CLI's `--rule`). */
  ruleOverrides?: Record<string, RuleEntry>;
}

/** How many passes `fixText` makes at most: overlapping fixes are applied one pass at a time. */
const maxFixPasses = 10;

const prepared = new WeakSet<AnyRule>();

/** Resolve the configuration for one text, validating it first. */
export function configFor(options: LintTextOptions): ResolvedConfig {
  const ruleset = buildRuleset(builtinRules, options.plugins);
  const config = validateConfig(options.config ?? {}, ruleset);
  if (options.ruleOverrides) validateConfig({ rules: options.ruleOverrides }, ruleset);
  return resolveConfig(config, ruleset, {
    filePath: options.filePath,
    baseDirectory: options.baseDirectory,
    finalRules: options.ruleOverrides,
  });
}

async function prepareRules(config: ResolvedConfig): Promise<void> {
  for (const [id, setting] of Object.entries(config.rules)) {
    if (setting.level === 'off') continue;
    const rule = config.ruleset.get(id);
    if (rule?.prepare && !prepared.has(rule)) {
      await rule.prepare();
      prepared.add(rule);
    }
  }
}

/** Lint a resolved configuration against a text; the shared core of `lintText` and the file engine. */
export async function lintWithConfig(text: string, config: ResolvedConfig, options: Pick<LintTextOptions, 'filePath' | 'syntax'> = {}): Promise<DocumentOutcome> {
  await prepareRules(config);
  const parse = await loadParser(options.syntax ?? syntaxForPath(options.filePath));
  const document = parse(text);
  return runRules(document, config, options.filePath);
}

/** Count errors, warnings and fixable messages into a result, with the score and purpose when known. */
export function toResult(filePath: string, messages: LintMessage[], outcome?: Omit<DocumentOutcome, 'messages'>): LintResult {
  let errorCount = 0;
  let warningCount = 0;
  let fixableCount = 0;
  for (const message of messages) {
    if (message.severity === 2) errorCount++;
    else warningCount++;
    if (message.fix) fixableCount++;
  }
  if (!outcome) return { filePath, errorCount, warningCount, fixableCount, messages };
  const { score, scoreBreakdown, purpose, copyKind, entries } = outcome;
  return { filePath, errorCount, warningCount, fixableCount, score, purpose, ...(copyKind ? { copyKind } : {}), ...(entries ? { entries } : {}), scoreBreakdown, messages };
}

/**
 * Lint a string of copy. Does no file or process I/O: pass the configuration (and loaded plugins) in.
 *
 * @example
 *   const result = await lintText('You failed to pay.', { filePath: 'dunning.md' });
 */
export async function lintText(text: string, options: LintTextOptions = {}): Promise<LintResult> {
  const config = configFor(options);
  const { messages, ...outcome } = await lintWithConfig(text, config, options);
  return toResult(options.filePath ?? '<text>', messages, outcome);
}

/** What `fixText` returns: the fixed text, whether anything changed, and the messages that remain. */
export interface FixTextResult extends LintResult {
  output: string;
  fixed: boolean;
}

/**
 * Apply every safe fix, re-linting between passes so overlapping fixes are resolved, and return the
 * fixed text with the messages that remain. Applying it twice changes nothing the second time.
 */
export async function fixText(text: string, options: LintTextOptions = {}): Promise<FixTextResult> {
  const config = configFor(options);
  let output = text;
  let outcome = await lintWithConfig(output, config, options);
  for (let pass = 0; pass < maxFixPasses; pass++) {
    const fixes = fixesOf(outcome.messages);
    if (fixes.length === 0) break;
    const next = applyFixes(output, fixes);
    if (next.applied === 0 || next.output === output) break;
    output = next.output;
    outcome = await lintWithConfig(output, config, options);
  }
  const { messages, ...rest } = outcome;
  return { ...toResult(options.filePath ?? '<text>', messages, rest), output, fixed: output !== text };
}
