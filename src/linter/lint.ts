import type { AnyRule, Fix, LintMessage, LintResult, ResolvedConfig, SyntaxName, TextDocument } from '../types.js';
import { resolveConfig, rulesetOf, validateConfig, type ConfigObject, type Plugin, type RuleEntry } from '../config/resolve.js';
import { loadParser, syntaxForPath, type Parser } from '../syntax/index.js';
import { refineSyntax } from '../syntax/sniff.js';
import { runRules, type DocumentOutcome } from './linter.js';
import { applyFixes } from './fix.js';

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

/**
 * What the kernel is handed besides the text: the rules it knows before plugins (the built-in rules, from the
 * library entry) and, optionally, where parsers come from.
 */
export interface KernelOptions {
  rules: ReadonlyMap<string, AnyRule>;
  parsers?: ParserRegistry;
}

/** Gives the parser of a syntax; the default imports each built-in syntax module on first use. */
export type ParserRegistry = (syntax: SyntaxName) => Promise<Parser>;

/** How many passes a fix loop makes at most: overlapping fixes are applied one pass at a time. */
const maxFixPasses = 10;

const prepared = new WeakSet<AnyRule>();
/** Resolve the configuration for one text, validating it first. */
export function configFor(options: LintTextOptions & KernelOptions): ResolvedConfig {
  const ruleset = rulesetOf(options.rules, options.plugins);
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

/** Where and how a text is read: its path (for overrides and reports), its syntax, and the parser registry. */
export interface ReadAs {
  filePath?: string | undefined;
  syntax?: SyntaxName | undefined;
  parsers?: ParserRegistry | undefined;
}

/** A text's parsed document and what the rules made of it. */
export interface LintedDocument {
  document: TextDocument;
  outcome: DocumentOutcome;
}

/** Parse a text as its syntax. Throws a one-line `Error` when nothing in it can be read. */
export async function parseText(text: string, readAs: ReadAs = {}): Promise<TextDocument> {
  const parse = await (readAs.parsers ?? loadParser)(refineSyntax(readAs.syntax ?? syntaxForPath(readAs.filePath), text));
  return parse(text);
}

/** Lint a resolved configuration against a text, keeping the parsed document. */
export async function lintDocument(text: string, config: ResolvedConfig, readAs: ReadAs = {}): Promise<LintedDocument> {
  await prepareRules(config);
  const document = await parseText(text, readAs);
  return { document, outcome: runRules(document, config, readAs.filePath) };
}

/** Lint a resolved configuration against a text; the shared core of `lintText` and the file engine. */
export async function lintWithConfig(text: string, config: ResolvedConfig, readAs: ReadAs = {}): Promise<DocumentOutcome> {
  return (await lintDocument(text, config, readAs)).outcome;
}

/** What the fix loop gives: the fixed text, the messages whose fixes it applied, and the findings left. */
export interface FixLoopResult extends LintedDocument {
  output: string;
  /** Messages whose fixes were applied, each with positions in the text of the pass that applied it. */
  applied: LintMessage[];
}

/**
 * The fix loop: lint, apply the non-overlapping fixes that `pick` takes from the messages, re-lint, and repeat
 * (at most a few passes) until nothing more applies. `outcome` and `document` belong to the final text.
 */
export async function fixLoop(
  text: string,
  config: ResolvedConfig,
  readAs: ReadAs,
  pick: (message: LintMessage) => Fix | undefined = (message) => message.fix,
): Promise<FixLoopResult> {
  let output = text;
  let linted = await lintDocument(output, config, readAs);
  const applied: LintMessage[] = [];
  for (let pass = 0; pass < maxFixPasses; pass++) {
    const picked = linted.outcome.messages.flatMap((message) => {
      const fix = pick(message);
      return fix ? [{ message, fix }] : [];
    });
    if (picked.length === 0) break;
    const next = applyFixes(output, picked.map((entry) => entry.fix));
    if (next.applied === 0 || next.output === output) break;
    const taken = new Set(next.appliedFixes);
    for (const entry of picked) if (taken.has(entry.fix)) applied.push(entry.message);
    output = next.output;
    linted = await lintDocument(output, config, readAs);
  }
  return { ...linted, output, applied };
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

/** Lint a string of copy with the rules the kernel is handed. Does no file or process I/O. */
export async function lintTextWith(text: string, options: LintTextOptions & KernelOptions): Promise<LintResult> {
  const config = configFor(options);
  const { messages, ...outcome } = await lintWithConfig(text, config, options);
  return toResult(options.filePath ?? '<text>', messages, outcome);
}

/** What `fixText` returns: the fixed text, whether anything changed, the messages left and the fixes applied. */
export interface FixTextResult extends LintResult {
  output: string;
  fixed: boolean;
  /** The messages whose fixes were applied, each with positions in the text of the pass that applied it. */
  appliedMessages: LintMessage[];
}

/** Apply every safe fix with the rules the kernel is handed; see `fixText`. */
export async function fixTextWith(text: string, options: LintTextOptions & KernelOptions): Promise<FixTextResult> {
  const config = configFor(options);
  const { outcome, output, applied } = await fixLoop(text, config, options);
  const { messages, ...rest } = outcome;
  return { ...toResult(options.filePath ?? '<text>', messages, rest), output, fixed: output !== text, appliedMessages: applied };
}
