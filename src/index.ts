/**
 * empathy-lint's public API. The kernel (`lintText`, `fixText`) does no file or process I/O; `lintFiles`,
 * `lintSource` (a text as the file at a path would be linted) and `loadConfig` read from disk; formatters are
 * pure functions of results.
 */
export { lintText, fixText, loadConfig, ConfigLoader } from './api.js';
export type { LintTextOptions, FixTextResult } from './linter/lint.js';
export { lintFiles, type LintFilesOptions } from './engine/engine.js';
export { lintSource, type LintSourceOptions, type PrintedConfig } from './engine/source.js';
export type { FixType } from './engine/lint-job.js';
export type { Concurrency } from './engine/pool.js';
export type { LoadedConfig, LoadConfigOptions } from './config/load.js';
export {
  ConfigError,
  presets,
  type ConfigObject,
  type OverrideObject,
  type Plugin,
  type RuleEntry,
} from './config/resolve.js';
// The rule kit: what rules and plugins are written with (also the `empathy-lint/plugin` entry).
export * from './kit/index.js';
export { applyFixes } from './linter/fix.js';
export { formatters, type Formatter, type FormatterContext, type ExternalFormatter } from './formatters/index.js';
export { loadFormatter } from './formatters/load.js';
export { builtinRules } from '../rules/index.js';
