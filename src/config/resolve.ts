import path from 'node:path';
import { lazyPicomatch } from '../lazy.js';
import type { ZodType } from 'zod';
import type { AnyRule, ResolvedConfig, RuleLevel, RuleSetting } from '../types.js';
import { parsePurposeName, purposeNames } from '../purpose/names.js';
import { ConfigError } from './error.js';

export { ConfigError } from './error.js';
import { validateLlmConfig, type LlmConfig } from './llm.js';
import { copyKindNames, parseCopyKind } from '../linter/segments.js';

/** A rule entry as written in a config file: a level, or a level with options. */
export type RuleEntry = RuleLevel | 0 | 1 | 2 | [RuleLevel | 0 | 1 | 2] | [RuleLevel | 0 | 1 | 2, Record<string, unknown>];

export interface OverrideObject {
  files: string | string[];
  excludedFiles?: string | string[];
  rules?: Record<string, RuleEntry>;
  /** What these files are for (a purpose such as "promotion", or a problem kind such as "outage"). */
  messageType?: string;
  /** What these files are: `message`, `ui-string`, or `auto` (decided from the copy's shape, the default). */
  copyKind?: string;
}

/** The configuration object, as written in `.empathyrc` and friends. */
export interface ConfigObject {
  $schema?: string;
  extends?: string | string[];
  rules?: Record<string, RuleEntry>;
  overrides?: OverrideObject[];
  plugins?: string[];
  ignorePatterns?: string[];
  /** What the copy is for, overriding what the linter infers; usually set per glob in `overrides`. */
  messageType?: string;
  /** What the copy is (`message`, `ui-string` or `auto`), instead of deciding from its shape; usually set per glob. */
  copyKind?: string;
  /** Globs of JSON and YAML string catalogues (i18n files, support macros) whose string values are copy. */
  catalogs?: string[];
  /** The optional LLM pass (`--llm`): provider, model, budgets, cache and redaction. See docs/llm.md. */
  llm?: LlmConfig;
  /** House rules without code, as `house/<id>`: see src/config/custom-rules.ts and the README. */
  customRules?: Record<string, unknown>;
}

/** A loaded plugin: rules under its namespace. */
export interface Plugin {
  name?: string;
  rules: Record<string, AnyRule>;
}

export const presets = ['empathy-lint:recommended', 'empathy-lint:strict'] as const;
export type PresetName = (typeof presets)[number];

const topLevelKeys = ['$schema', 'extends', 'rules', 'overrides', 'plugins', 'ignorePatterns', 'messageType', 'copyKind', 'catalogs', 'llm', 'customRules'];
const overrideKeys = ['files', 'excludedFiles', 'rules', 'messageType', 'copyKind'];

function checkCopyKind(value: unknown, at: (string | number)[]): void {
  if (value === undefined || value === 'auto') return;
  if (typeof value !== 'string' || !parseCopyKind(value)) {
    throw new ConfigError(`"copyKind" is ${JSON.stringify(value)}; use one of: ${[...copyKindNames, 'auto'].join(', ')}`, at);
  }
}

function checkMessageType(value: unknown, at: (string | number)[]): void {
  if (value === undefined) return;
  if (typeof value !== 'string' || !parsePurposeName(value)) {
    throw new ConfigError(`"messageType" is ${JSON.stringify(value)}; use one of: ${purposeNames.join(', ')}`, at);
  }
}
const levels = ['off', 'warn', 'error'];

/** Merge built-in rules and plugin rules (namespaced `plugin/rule-id`) into one registry. */
export function buildRuleset(builtin: ReadonlyMap<string, AnyRule>, plugins: Record<string, Plugin> = {}): Map<string, AnyRule> {
  const ruleset = new Map(builtin);
  for (const [namespace, plugin] of Object.entries(plugins)) {
    for (const [id, rule] of Object.entries(plugin.rules)) ruleset.set(`${namespace}/${id}`, rule);
  }
  return ruleset;
}

const rulesetsByPlugins = new WeakMap<ReadonlyMap<string, AnyRule>, WeakMap<Record<string, Plugin>, Map<string, AnyRule>>>();
const rulesetsAlone = new WeakMap<ReadonlyMap<string, AnyRule>, Map<string, AnyRule>>();

/**
 * The rule registry of a configuration: the given rules plus its plugins' rules. Built once per (rules,
 * plugins) pair, so every file under one config file shares it.
 */
export function rulesetOf(rules: ReadonlyMap<string, AnyRule>, plugins?: Record<string, Plugin>): Map<string, AnyRule> {
  if (!plugins) {
    let ruleset = rulesetsAlone.get(rules);
    if (!ruleset) rulesetsAlone.set(rules, (ruleset = buildRuleset(rules)));
    return ruleset;
  }
  let byPlugins = rulesetsByPlugins.get(rules);
  if (!byPlugins) rulesetsByPlugins.set(rules, (byPlugins = new WeakMap()));
  let ruleset = byPlugins.get(plugins);
  if (!ruleset) byPlugins.set(plugins, (ruleset = buildRuleset(rules, plugins)));
  return ruleset;
}

/**
 * Check a configuration object and return it typed. Every problem names the key and the valid choices;
 * an unknown key, rule id, level or option is an error, as in Vale's strict decoding.
 */
export function validateConfig(raw: unknown, ruleset: ReadonlyMap<string, AnyRule>, options: { checkPlugins?: boolean } = {}): ConfigObject {
  if (raw === null || raw === undefined) return {};
  if (!isPlainObject(raw)) throw new ConfigError('the configuration must be an object of settings');
  checkKeys(raw, topLevelKeys, []);
  if (raw['extends'] !== undefined) {
    const list = Array.isArray(raw['extends']) ? raw['extends'] : [raw['extends']];
    list.forEach((name, index) => {
      if (!presets.includes(name as PresetName)) {
        throw new ConfigError(
          `"extends" names ${JSON.stringify(name)}, which is not a preset; use one of: ${presets.join(', ')}`,
          Array.isArray(raw['extends']) ? ['extends', index] : ['extends'],
        );
      }
    });
  }
  for (const key of ['plugins', 'ignorePatterns', 'catalogs'] as const) {
    const value = raw[key];
    if (value !== undefined && (!Array.isArray(value) || value.some((item) => typeof item !== 'string'))) {
      throw new ConfigError(`"${key}" must be a list of strings`, [key]);
    }
  }
  checkMessageType(raw['messageType'], ['messageType']);
  checkCopyKind(raw['copyKind'], ['copyKind']);
  if (raw['llm'] !== undefined) validateLlmConfig(raw['llm']);
  if (raw['rules'] !== undefined) validateRules(raw['rules'], ruleset, ['rules'], options.checkPlugins ?? true);
  if (raw['overrides'] !== undefined) {
    if (!Array.isArray(raw['overrides'])) throw new ConfigError('"overrides" must be a list of { files, rules } objects', ['overrides']);
    raw['overrides'].forEach((override: unknown, index: number) => {
      const at = ['overrides', index];
      if (!isPlainObject(override)) throw new ConfigError('each override must be an object with "files" and "rules"', at);
      checkKeys(override, overrideKeys, at);
      for (const key of ['files', 'excludedFiles']) {
        const value = override[key];
        if (value === undefined && key === 'files') throw new ConfigError('an override needs "files", a glob or a list of globs', at);
        if (value !== undefined && typeof value !== 'string' && (!Array.isArray(value) || value.some((item) => typeof item !== 'string'))) {
          throw new ConfigError(`"${key}" must be a glob or a list of globs`, [...at, key]);
        }
      }
      checkMessageType(override['messageType'], [...at, 'messageType']);
      checkCopyKind(override['copyKind'], [...at, 'copyKind']);
      if (override['rules'] !== undefined) validateRules(override['rules'], ruleset, [...at, 'rules'], options.checkPlugins ?? true);
    });
  }
  return raw as ConfigObject;
}

function validateRules(rules: unknown, ruleset: ReadonlyMap<string, AnyRule>, at: (string | number)[], checkPlugins: boolean): void {
  if (!isPlainObject(rules)) throw new ConfigError('"rules" must map rule ids to "off", "warn" or "error"', at);
  for (const [id, entry] of Object.entries(rules)) {
    const rule = ruleset.get(id);
    if (!rule) {
      if (!checkPlugins && id.includes('/')) continue;
      const builtIn = [...ruleset.keys()];
      const close = closest(id, builtIn);
      throw new ConfigError(
        `unknown rule "${id}"${close ? ` (did you mean "${close}"?)` : ''}; valid rule ids: ${builtIn.join(', ')}`,
        [...at, id],
      );
    }
    const [level, options] = splitEntry(entry, [...at, id]);
    void level;
    if (options !== undefined) ruleOptions(rule, options, [...at, id, 1]);
  }
}

function splitEntry(entry: unknown, at: (string | number)[]): [RuleLevel, Record<string, unknown> | undefined] {
  const tuple = Array.isArray(entry) ? entry : [entry];
  if (tuple.length === 0 || tuple.length > 2) {
    throw new ConfigError('a rule entry is a level ("off", "warn", "error") or [level, options]', at);
  }
  const level = toLevel(tuple[0], Array.isArray(entry) ? [...at, 0] : at);
  const options = tuple[1];
  if (options !== undefined && !isPlainObject(options)) throw new ConfigError('rule options must be an object', [...at, 1]);
  return [level, options as Record<string, unknown> | undefined];
}

function toLevel(value: unknown, at: (string | number)[]): RuleLevel {
  if (value === 0 || value === 1 || value === 2) return levels[value] as RuleLevel;
  if (typeof value === 'string' && levels.includes(value)) return value as RuleLevel;
  throw new ConfigError(`${JSON.stringify(value)} is not a level; use "off", "warn" or "error"`, at);
}

/** Values of the shared `fix` option: with `suggestion`, `--fix` also applies the rule's first suggestion. */
export const ruleFixModes = ['safe', 'suggestion'] as const;

/**
 * Validate and complete a rule's options: the shared `allow` list and `fix` mode, plus the rule's own schema.
 */
export function ruleOptions(rule: AnyRule, given: Record<string, unknown>, at: (string | number)[] = []): Record<string, unknown> {
  const { allow, fix, ...own } = given;
  if (allow !== undefined && (!Array.isArray(allow) || allow.some((item) => typeof item !== 'string'))) {
    throw new ConfigError('"allow" must be a list of phrases', [...at, 'allow']);
  }
  if (fix !== undefined && !ruleFixModes.includes(fix as never)) {
    throw new ConfigError(`"fix" must be "safe" or "suggestion", not ${JSON.stringify(fix)}`, [...at, 'fix']);
  }
  let parsed: Record<string, unknown> = {};
  if (rule.meta.schema && Object.keys(own).length === 0 && rule.meta.defaults !== undefined) {
    // Nothing to validate: the defaults are complete (a test checks them against each built-in schema).
    parsed = structuredClone(rule.meta.defaults as Record<string, unknown>);
  } else if (rule.meta.schema) {
    const schema = schemaOf(rule)!;
    const result = schema.safeParse({ ...(rule.meta.defaults ?? {}), ...own });
    if (!result.success) {
      const issue = result.error.issues[0]!;
      const key = issue.path.length > 0 ? issue.path.map(String).join('.') : '';
      const unknownKeys = issue.code === 'unrecognized_keys' ? (issue as { keys?: string[] }).keys ?? [] : [];
      const valid = optionNames(rule);
      const detail =
        unknownKeys.length > 0
          ? `unknown option ${unknownKeys.map((name) => `"${name}"`).join(', ')}; valid options: ${valid.join(', ')}`
          : `option "${key}" ${issue.message.charAt(0).toLowerCase()}${issue.message.slice(1)}`;
      throw new ConfigError(`rule "${rule.meta.id}": ${detail}`, [...at, ...issue.path.map((part) => (typeof part === 'symbol' ? String(part) : part))]);
    }
    parsed = result.data as Record<string, unknown>;
  } else if (Object.keys(own).length > 0) {
    throw new ConfigError(
      `rule "${rule.meta.id}" has no option ${Object.keys(own).map((name) => `"${name}"`).join(', ')}; its only options are "allow" and "fix"`,
      [...at, Object.keys(own)[0]!],
    );
  }
  if (allow !== undefined) parsed = { ...parsed, allow };
  return fix === undefined ? parsed : { ...parsed, fix };
}

const builtSchemas = new WeakMap<AnyRule, ZodType>();

/** A rule's option schema, built on first use when the rule gives a function. */
export function schemaOf(rule: AnyRule): ZodType | undefined {
  const schema = rule.meta.schema as ZodType | (() => ZodType) | undefined;
  if (typeof schema !== 'function') return schema;
  let built = builtSchemas.get(rule);
  if (!built) {
    built = schema();
    builtSchemas.set(rule, built);
  }
  return built;
}

function optionNames(rule: AnyRule): string[] {
  const shape = (schemaOf(rule) as unknown as { shape?: Record<string, unknown> } | undefined)?.shape;
  return ['allow', 'fix', ...(shape ? Object.keys(shape) : [])];
}

/** Options used when a config does not set any. */
function defaultOptions(rule: AnyRule): Record<string, unknown> {
  return rule.meta.schema ? ruleOptions(rule, {}) : {};
}

/**
 * Resolve a validated configuration for one file: presets, then `rules`, then each matching override.
 * `filePath` is matched against override globs relative to `baseDirectory`. Pure: no I/O.
 */
export function resolveConfig(
  config: ConfigObject,
  ruleset: Map<string, AnyRule>,
  context: {
    filePath?: string | undefined;
    baseDirectory?: string | undefined;
    /** Rule entries applied last, over every override (the CLI's `--rule`). */
    finalRules?: Record<string, RuleEntry> | undefined;
  } = {},
): ResolvedConfig {
  const strict = [config.extends ?? []].flat().includes('empathy-lint:strict');
  const rules: Record<string, RuleSetting> = {};
  for (const [id, rule] of ruleset) {
    const level = strict ? rule.meta.strictLevel ?? (rule.meta.level === 'off' ? 'off' : 'error') : rule.meta.level;
    rules[id] = { level, options: defaultOptions(rule) };
  }
  const apply = (entries: Record<string, RuleEntry> | undefined) => {
    for (const [id, entry] of Object.entries(entries ?? {})) {
      const rule = ruleset.get(id);
      if (!rule) continue;
      const [level, options] = splitEntry(entry, ['rules', id]);
      rules[id] = { level, options: options === undefined ? rules[id]!.options : ruleOptions(rule, options) };
    }
  };
  apply(config.rules);
  let messageType = config.messageType;
  let copyKind = config.copyKind;
  if (config.overrides && context.filePath) {
    for (const index of matchingOverrides(config, context.filePath, context.baseDirectory)) {
      const override = config.overrides[index]!;
      apply(override.rules);
      messageType = override.messageType ?? messageType;
      copyKind = override.copyKind ?? copyKind;
    }
  }
  apply(context.finalRules);
  // `auto` in an override gives the decision back to the copy's shape.
  const kind = parseCopyKind(copyKind);
  return { rules, ruleset, ...(messageType ? { messageType } : {}), ...(kind ? { copyKind: kind } : {}) };
}

/**
 * The indexes of the config's `overrides` that apply to `filePath` (globs relative to `baseDirectory`): with
 * the config itself, all that the configuration resolved for a file depends on.
 */
export function matchingOverrides(config: ConfigObject, filePath: string, baseDirectory = '.'): number[] {
  if (!config.overrides || config.overrides.length === 0) return [];
  const relative = toPosix(path.relative(baseDirectory, filePath));
  const indexes: number[] = [];
  config.overrides.forEach((override, index) => {
    if (matches(relative, override.files) && !(override.excludedFiles && matches(relative, override.excludedFiles))) indexes.push(index);
  });
  return indexes;
}

/** True when `filePath` matches the config's `catalogs` globs (relative to `baseDirectory`). */
export function isCatalog(config: ConfigObject, filePath: string, baseDirectory: string): boolean {
  if (!config.catalogs || config.catalogs.length === 0) return false;
  return matches(toPosix(path.relative(baseDirectory, filePath)), config.catalogs);
}

/** Compiled matchers by their globs: the same override globs are tested against every file. */
const matchers = new Map<string, (path: string) => boolean>();

function matches(relativePath: string, globs: string | string[]): boolean {
  const list = [globs].flat().map((glob) => (glob.includes('/') ? glob : `**/${glob}`));
  const key = JSON.stringify(list);
  let matcher = matchers.get(key);
  if (!matcher) {
    matcher = lazyPicomatch()(list, { dot: true });
    matchers.set(key, matcher);
  }
  return matcher(relativePath);
}

export function toPosix(filePath: string): string {
  return filePath.split(path.sep).join('/');
}

function checkKeys(object: Record<string, unknown>, allowed: string[], at: (string | number)[]): void {
  for (const key of Object.keys(object)) {
    if (!allowed.includes(key)) {
      const close = closest(key, allowed);
      throw new ConfigError(
        `unknown setting "${key}"${close ? ` (did you mean "${close}"?)` : ''}; valid settings: ${allowed.join(', ')}`,
        [...at, key],
      );
    }
  }
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The candidate within edit distance 3 of `word`, if any. */
function closest(word: string, candidates: string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = 4;
  for (const candidate of candidates) {
    const distance = editDistance(word.toLowerCase(), candidate.toLowerCase());
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const current = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = current;
    }
  }
  return row[b.length]!;
}
