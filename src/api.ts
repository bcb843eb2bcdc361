/**
 * The library entry's kernel calls with the built-in rules handed in: the kernel (src/linter) and the config
 * layer never import the rules themselves.
 */
import { builtinRules } from '../rules/index.js';
import { fixTextWith, lintTextWith, type FixTextResult, type LintTextOptions } from './linter/lint.js';
import { ConfigLoader as RulesConfigLoader, type LoadConfigOptions, type LoadedConfig } from './config/load.js';
import type { LintResult } from './types.js';

/**
 * Lint a string of copy with the built-in rules (and the plugins passed in). Does no file or process I/O:
 * pass the configuration (and loaded plugins) in.
 *
 * @example
 *   const result = await lintText('You failed to pay.', { filePath: 'dunning.md' });
 */
export function lintText(text: string, options: LintTextOptions = {}): Promise<LintResult> {
  return lintTextWith(text, { ...options, rules: builtinRules });
}

/**
 * Apply every safe fix, re-linting between passes so overlapping fixes are resolved, and return the fixed
 * text with the messages that remain and those whose fixes were applied. Applying it twice changes nothing
 * the second time.
 */
export function fixText(text: string, options: LintTextOptions = {}): Promise<FixTextResult> {
  return fixTextWith(text, { ...options, rules: builtinRules });
}

/**
 * Finds and loads configuration files (cosmiconfig, module name `empathy`), validated against the built-in
 * rules and the plugins each file names. Results are cached per config file.
 */
export class ConfigLoader extends RulesConfigLoader {
  constructor(cwd: string = process.cwd()) {
    super(cwd, builtinRules);
  }
}

/** Load configuration the way the CLI does; see `ConfigLoader`. */
export async function loadConfig(options: LoadConfigOptions = {}): Promise<LoadedConfig> {
  return new ConfigLoader(options.cwd).load(options);
}
