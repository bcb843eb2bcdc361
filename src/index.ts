/**
 * empathy-lint's public API. The kernel (`lintText`, `fixText`) does no file or process I/O; `lintFiles` and
 * `loadConfig` read from disk; formatters are pure functions of results.
 */
export { lintText, fixText, type LintTextOptions, type FixTextResult } from './linter/lint.js';
export { lintFiles, type LintFilesOptions } from './engine/engine.js';
export { loadConfig, ConfigLoader, type LoadedConfig, type LoadConfigOptions } from './config/load.js';
export {
  ConfigError,
  presets,
  type ConfigObject,
  type OverrideObject,
  type Plugin,
  type RuleEntry,
} from './config/resolve.js';
export { defineRule } from './linter/define.js';
export { phrase, findPhrases, matchCase, isProperNounAt, type PhraseMatch } from './linter/phrases.js';
export { applyFixes } from './linter/fix.js';
export { formatters, type Formatter, type FormatterContext } from './formatters/index.js';
export { builtinRules } from '../rules/index.js';
export type * from './types.js';
