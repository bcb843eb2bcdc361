/**
 * "Lint this text, as this path": the one place that decides, for a path, which configuration applies, which
 * syntax reads it (catalogue globs included), whether ignore patterns exclude it, and how fixing works. The
 * file engine, worker threads, `--stdin`, `--print-config`, the library's `lintSource` and the LLM pass all
 * go through it, so they cannot disagree about a file.
 */
import path from 'node:path';
import { builtinRules } from '../../rules/index.js';
import { ConfigLoader, type LoadedConfig } from '../config/load.js';
import { isCatalog, matchingOverrides, resolveConfig, validateConfig, type RuleEntry } from '../config/resolve.js';
import { toResult } from '../linter/lint.js';
import { catalogExtensions, syntaxForPath } from '../syntax/index.js';
import type { AnyRule, LintResult, ResolvedConfig, SyntaxName, TextDocument } from '../types.js';
import { IgnoreMatcher } from './files.js';
import { runJob, type FixType, type JobOutcome } from './lint-job.js';

/** How sources are read: where from, with which config, and the rules known before plugins. */
export interface SourceOptions {
  /** Folder that relative paths start from; defaults to the process's. */
  cwd?: string;
  /** Use this config file instead of searching for one next to each file. */
  configFile?: string;
  /** Rule levels that win over every config file (the CLI's `--rule`). */
  ruleOverrides?: Record<string, RuleEntry>;
  /** Honour `.gitignore`, `.empathyignore` and config `ignorePatterns` (default true). */
  useIgnoreFiles?: boolean;
  /** The rules known before plugins; the built-in rules by default. */
  rules?: ReadonlyMap<string, AnyRule>;
  /** The user's home folder, where the upward config search stops (default: the process's). */
  homeDirectory?: string;
}

/** What applies to one path: its loaded config file, the resolved configuration and the syntax that reads it. */
export interface SourcePlan {
  loaded: LoadedConfig;
  config: ResolvedConfig;
  syntax: SyntaxName;
}

/** A source linted through `SourceLinter.lint`: the job's outcome, with the plan that produced it. */
export interface LintedSource extends JobOutcome {
  plan: SourcePlan;
}

/** See the module comment. One instance per run; config files and resolved configurations are cached in it. */
export class SourceLinter {
  readonly cwd: string;
  readonly loader: ConfigLoader;
  private readonly resolved = new WeakMap<LoadedConfig, Map<string, ResolvedConfig>>();
  private root: Promise<LoadedConfig> | undefined;

  constructor(readonly options: SourceOptions = {}) {
    this.cwd = path.resolve(options.cwd ?? process.cwd());
    this.loader = new ConfigLoader(this.cwd, options.rules ?? builtinRules, options.homeDirectory);
  }

  /**
   * The configuration of the working folder (or `configFile`), with `ruleOverrides` checked against its
   * rules: a bad `--rule` fails before any file is read.
   */
  rootConfig(): Promise<LoadedConfig> {
    this.root ??= this.loader.load(this.options.configFile ? { configFile: this.options.configFile } : { searchFrom: this.cwd }).then((loaded) => {
      if (this.options.ruleOverrides) validateConfig({ rules: this.options.ruleOverrides }, loaded.ruleset);
      return loaded;
    });
    return this.root;
  }

  /** The config file that applies to a path: `configFile` when given, else the nearest one. */
  async configOf(filePath: string): Promise<LoadedConfig> {
    if (this.options.configFile) return this.rootConfig();
    return this.loader.load({ searchFrom: path.resolve(this.cwd, filePath) });
  }

  /**
   * The syntax that reads a path: catalogue globs win, then a JSON or YAML file named explicitly (on the
   * command line, or as `--stdin-filename`) is a catalogue, then the extension decides.
   */
  syntaxOf(filePath: string, loaded: LoadedConfig, explicit: boolean): SyntaxName {
    const absolute = path.resolve(this.cwd, filePath);
    if (isCatalog(loaded.config, absolute, loaded.baseDirectory)) return 'catalog';
    const lower = absolute.toLowerCase();
    if (explicit && catalogExtensions.some((extension) => lower.endsWith(extension))) return 'catalog';
    return syntaxForPath(absolute);
  }

  /** Whether a JSON or YAML file met in a folder walk is copy: the config nearest to it lists it in `catalogs`. */
  async isCatalogFile(filePath: string): Promise<boolean> {
    if (!catalogExtensions.some((extension) => filePath.toLowerCase().endsWith(extension))) return false;
    const nearest = await this.configOf(filePath);
    return isCatalog(nearest.config, path.resolve(this.cwd, filePath), nearest.baseDirectory);
  }

  /**
   * What a folder walk skips: `.gitignore`, `.empathyignore` and the root config's `ignorePatterns`, or
   * nothing with `useIgnoreFiles: false`. Nested config files add theirs per file (`ignoredByNestedConfig`).
   */
  async walkIgnorer(): Promise<IgnoreMatcher> {
    if (this.options.useIgnoreFiles === false) return new IgnoreMatcher(this.cwd, [], { useIgnoreFiles: false });
    const root = await this.rootConfig();
    return new IgnoreMatcher(this.cwd, root.config.ignorePatterns ?? [], root.filePath ? { extraSource: root.filePath } : {});
  }

  /** Whether the `ignorePatterns` of a nested config file (not the root one, which the walk applies) exclude a path. */
  async ignoredByNestedConfig(filePath: string, loaded: LoadedConfig): Promise<boolean> {
    if (this.options.configFile || this.options.useIgnoreFiles === false || !loaded.config.ignorePatterns) return false;
    if (loaded === (await this.rootConfig())) return false;
    return new IgnoreMatcher(loaded.baseDirectory, loaded.config.ignorePatterns).ignoredBy(path.resolve(this.cwd, filePath)) !== undefined;
  }

  /** The resolved configuration of a path under a loaded config file, with `ruleOverrides` last. */
  resolve(filePath: string, loaded: LoadedConfig): ResolvedConfig {
    const absolute = path.resolve(this.cwd, filePath);
    // Files under one config resolve alike unless different overrides match them: resolve each combination once.
    const key = matchingOverrides(loaded.config, absolute, loaded.baseDirectory).join(',');
    let byKey = this.resolved.get(loaded);
    if (!byKey) this.resolved.set(loaded, (byKey = new Map()));
    let config = byKey.get(key);
    if (!config) {
      config = resolveConfig(loaded.config, loaded.ruleset, { filePath: absolute, baseDirectory: loaded.baseDirectory, finalRules: this.options.ruleOverrides });
      byKey.set(key, config);
    }
    return config;
  }

  /**
   * Everything that applies to a path. Without a path (unnamed standard input) the working folder's config
   * applies with no overrides matched, and the text is plain text.
   */
  async plan(filePath: string | undefined, explicit: boolean): Promise<SourcePlan> {
    const root = await this.rootConfig();
    if (filePath === undefined) {
      const config = resolveConfig(root.config, root.ruleset, { baseDirectory: root.baseDirectory, finalRules: this.options.ruleOverrides });
      return { loaded: root, config, syntax: 'text' };
    }
    const loaded = await this.configOf(filePath);
    return { loaded, config: this.resolve(filePath, loaded), syntax: this.syntaxOf(filePath, loaded, explicit) };
  }

  /**
   * Lint (and with `fix`, fix) a text as if it were the file at `filePath`, named by the user. `syntax`, when
   * given, reads the text as that format whatever the path says (for callers that are told the format, such
   * as the agent tools); config and overrides still come from the path.
   */
  async lint(
    text: string,
    filePath: string | undefined,
    options: { fix?: FixType | undefined; keepDocument?: boolean; syntax?: SyntaxName | undefined } = {},
  ): Promise<LintedSource> {
    const absolute = filePath === undefined ? undefined : path.resolve(this.cwd, filePath);
    const found = await this.plan(absolute, true);
    const plan = options.syntax ? { ...found, syntax: options.syntax } : found;
    const outcome = await runJob({ filePath: absolute, text, syntax: plan.syntax }, { config: plan.config, fix: options.fix, keepDocument: options.keepDocument });
    // One text on its own (standard input, an editor's document, `lintSource`): a crash is the caller's error,
    // as `lintText` makes it; only a run over many files reports it as that file's and goes on.
    if (outcome.stack !== undefined) {
      const crash = new Error(outcome.fatal);
      crash.stack = outcome.stack;
      throw crash;
    }
    return { ...outcome, plan };
  }

  /** The configuration that applies to a path, as `--print-config` shows it. */
  async describe(filePath: string): Promise<PrintedConfig> {
    const { loaded, config, syntax } = await this.plan(path.resolve(this.cwd, filePath), true);
    const rules = Object.fromEntries(
      Object.entries(config.rules).map(([id, setting]) => [id, Object.keys(setting.options).length > 0 ? [setting.level, setting.options] : setting.level]),
    );
    return {
      configFile: loaded.filePath ?? null,
      extends: [loaded.config.extends ?? 'empathy-lint:recommended'].flat(),
      plugins: Object.keys(loaded.plugins),
      ignorePatterns: loaded.config.ignorePatterns ?? [],
      syntax,
      rules,
    };
  }
}

/** The configuration that applies to a file, as `--print-config` prints it. */
export interface PrintedConfig {
  configFile: string | null;
  extends: string[];
  plugins: string[];
  ignorePatterns: string[];
  /** How the file is read: markdown, text, html, eml, mjml or catalog. */
  syntax: SyntaxName;
  rules: Record<string, unknown>;
}

/** Options of `lintSource`. */
export interface LintSourceOptions extends SourceOptions {
  /** Fix the text: results then carry the findings that remain, and `output` when fixing changed it. */
  fix?: FixType;
}

/** A linted source: a result, with the parsed document of the final text. */
export interface SourceResult extends LintResult {
  document?: TextDocument;
}

/**
 * Lint a text as the file at `filePath` would be linted from disk: the config file nearest to that path,
 * its catalogue globs and overrides, and (with `fix`) the same fixing as `--fix`. Reads config files, never
 * the file itself. A text that cannot be read as its syntax comes back with `fatal` set.
 *
 * @example
 *   const result = await lintSource(json, { filePath: 'locales/en.json', cwd: projectRoot });
 */
export async function lintSource(text: string, options: LintSourceOptions & { filePath: string }): Promise<LintResult> {
  const sources = new SourceLinter(options);
  const outcome = await sources.lint(text, options.filePath, { fix: options.fix });
  const filePath = path.resolve(sources.cwd, options.filePath);
  if (outcome.fatal) return { ...toResult(filePath, []), fatal: outcome.fatal };
  const result = toResult(filePath, outcome.messages, outcome.document);
  return outcome.output === undefined ? result : { ...result, output: outcome.output };
}
