import { stripVTControlCharacters } from 'node:util';
import path from 'node:path';
import fs from 'node:fs';
import { pathToFileURL } from 'node:url';
import { cosmiconfig, type PublicExplorer } from 'cosmiconfig';
import type { Node as YamlNode } from 'yaml';
import { lazyYaml } from '../lazy.js';
import { lineOf } from '../linter/location.js';
import { resolvePackageEntry } from '../package-entry.js';
import { fingerprintModule, pluginCode } from './plugin-code.js';
import { importFile } from '../import-file.js';
import type { AnyRule } from '../types.js';
import { ConfigError, rulesetOf, validateConfig, type ConfigObject, type Plugin } from './resolve.js';
import { customRulesPlugin, houseNamespace } from './custom-rules.js';

/** The places searched for a configuration, nearest first, in each folder from the file up. */
export const searchPlaces = [
  'package.json',
  '.empathyrc',
  '.empathyrc.json',
  '.empathyrc.yaml',
  '.empathyrc.yml',
  '.empathyrc.js',
  '.empathyrc.cjs',
  '.empathyrc.mjs',
  'empathy.config.js',
  'empathy.config.cjs',
  'empathy.config.mjs',
];

/** A configuration found on disk, with its plugins loaded. */
export interface LoadedConfig {
  /** The config file, or undefined when none was found (the recommended preset applies). */
  filePath: string | undefined;
  config: ConfigObject;
  plugins: Record<string, Plugin>;
  /** Folder that `overrides` and `ignorePatterns` are relative to. */
  baseDirectory: string;
  /** Every rule this configuration knows, given and from its plugins, by id; built once per config file. */
  ruleset: Map<string, AnyRule>;
}

export interface LoadConfigOptions {
  /** An explicit config file (`--config`); no search happens. */
  configFile?: string;
  /** Search from this file's folder (or this folder) upwards. */
  searchFrom?: string;
  /** Working folder, used when nothing else is given. */
  cwd?: string;
}

/**
 * Finds and loads configuration files with cosmiconfig (module name `empathy`), validating each one against
 * the rules it is handed (and its plugins' rules) and loading its plugins. Results are cached per config file.
 */
export class ConfigLoader {
  private readonly explorer: PublicExplorer;
  private readonly loaded = new Map<string, Promise<LoadedConfig>>();
  private readonly empty = new Map<string, LoadedConfig>();

  /**
   * @param cwd The folder relative paths start from.
   * @param rules The rules known before plugins: the built-in rules, handed in by the engine or the library entry.
   * @param homeDirectory The user's home folder, where the upward search stops (default: the process's, as
   *   `os.homedir()` gives it); the CLI passes its environment's HOME.
   */
  constructor(
    private readonly cwd: string,
    readonly rules: ReadonlyMap<string, AnyRule>,
    homeDirectory?: string,
  ) {
    this.explorer = createExplorer(homeDirectory);
  }

  /** The configuration for a file or folder, or for `configFile` when given. */
  async load(options: LoadConfigOptions = {}): Promise<LoadedConfig> {
    if (options.configFile) {
      const filePath = path.resolve(this.cwd, options.configFile);
      if (!fs.existsSync(filePath)) throw new ConfigError(`config file not found`, [], filePath);
      return this.fromFile(filePath, () => this.explorer.load(filePath));
    }
    const from = path.resolve(this.cwd, options.searchFrom ?? '.');
    const directory = isDirectory(from) ? from : path.dirname(from);
    let result;
    try {
      result = await this.explorer.search(directory);
    } catch (error) {
      throw syntaxError(error);
    }
    if (!result || result.isEmpty) {
      // One object per empty result, so that files without a config share their resolved configuration.
      const key = result?.filepath ?? '';
      let empty = this.empty.get(key);
      if (!empty) {
        empty = { filePath: result?.filepath, config: {}, plugins: {}, baseDirectory: result ? path.dirname(result.filepath) : this.cwd, ruleset: rulesetOf(this.rules) };
        this.empty.set(key, empty);
      }
      return empty;
    }
    return this.fromFile(result.filepath, async () => result);
  }

  private fromFile(filePath: string, read: () => Promise<{ config: unknown } | null>): Promise<LoadedConfig> {
    let promise = this.loaded.get(filePath);
    if (!promise) {
      promise = this.read(filePath, read);
      this.loaded.set(filePath, promise);
    }
    return promise;
  }

  private async read(filePath: string, read: () => Promise<{ config: unknown } | null>): Promise<LoadedConfig> {
    let raw: unknown;
    try {
      raw = (await read())?.config ?? {};
    } catch (error) {
      throw syntaxError(error, filePath);
    }
    const baseDirectory = path.dirname(filePath);
    try {
      // Plugins must load before rule ids can be checked, so check the plugin list on its own first.
      validateConfig(raw, this.rules, { checkPlugins: false });
      const config = raw as ConfigObject;
      const plugins = await loadPlugins(config.plugins ?? [], baseDirectory);
      if (config.customRules !== undefined) {
        if (plugins[houseNamespace]) throw new ConfigError(`a plugin is named "${houseNamespace}", the namespace of "customRules"; rename the plugin`, ['plugins']);
        plugins[houseNamespace] = customRulesPlugin(config.customRules, path.relative(this.cwd, filePath) || filePath, (keyPath) => lineOfKey(filePath, keyPath));
      }
      const ruleset = rulesetOf(this.rules, plugins);
      validateConfig(raw, ruleset);
      return { filePath, config, plugins, baseDirectory, ruleset };
    } catch (error) {
      if (error instanceof ConfigError) {
        const line = error.line ?? lineOfKey(filePath, error.keyPath);
        // Name the key when the message does not, e.g. for a bad level: `rules.no-pressure: "loud" is not a level`.
        const lastKey = error.keyPath.filter((key): key is string => typeof key === 'string').at(-1);
        const message = lastKey !== undefined && !error.message.includes(`"${lastKey}"`) ? `${keyPathText(error.keyPath)}: ${error.message}` : error.message;
        throw new ConfigError(message, error.keyPath, filePath, line);
      }
      throw error;
    }
  }
}

/** cosmiconfig reads the working folder's package.json on creation (for its own settings): report a broken one as a config error. */
function createExplorer(homeDirectory: string | undefined): PublicExplorer {
  try {
    return cosmiconfig('empathy', { searchPlaces, searchStrategy: 'global', cache: true, ...(homeDirectory ? { stopDir: homeDirectory } : {}) });
  } catch (error) {
    throw syntaxError(error);
  }
}

/** Load configuration the way the CLI does, validated against `rules`; see `ConfigLoader`. */
export async function loadConfigWith(rules: ReadonlyMap<string, AnyRule>, options: LoadConfigOptions = {}): Promise<LoadedConfig> {
  return new ConfigLoader(options.cwd ?? process.cwd(), rules).load(options);
}

function isDirectory(candidate: string): boolean {
  try {
    return fs.statSync(candidate).isDirectory();
  } catch {
    return false;
  }
}

/** Turn a parser error from cosmiconfig into a ConfigError with the file, the line and the parser's reason. */
function syntaxError(error: unknown, filePath?: string): ConfigError {
  if (error instanceof ConfigError) return error;
  // The JSON parser's code frame is coloured when the environment looks colour-capable (CI=true does): read it plain.
  const text = stripVTControlCharacters(error instanceof Error ? error.message : String(error));
  const file = filePath ?? (error as { filepath?: string }).filepath ?? /(\/[^\s:]+)/.exec(text)?.[1];
  const line = (error as { mark?: { line?: number } }).mark?.line;
  // JSON errors carry a code frame whose "> 4 |" line marks the error; YAML errors say "(3:7)".
  const lineFromText = /^\s*>\s*(\d+)\s*\|/m.exec(text)?.[1] ?? /line (\d+)/i.exec(text)?.[1] ?? /\((\d+):\d+\)/.exec(text)?.[1] ?? /:(\d+):\d+/.exec(text)?.[1];
  const reasonLine = text
    .split('\n')
    .map((part) => part.trim())
    .find((part) => part !== '' && !/^(JSON|YAML) Error in /.test(part) && !/^(>\s*)?\d+\s*\|/.test(part) && !/^\|/.test(part) && !/^-*\^$/.test(part));
  const reason = ((error as { reason?: unknown }).reason as string | undefined) ?? reasonLine?.replace(/ while parsing .*$/, '') ?? text.split('\n')[0]!;
  const first = reason.replace(/^YAMLException:\s*/, '');
  const lineNumber = line !== undefined ? line + 1 : lineFromText ? Number(lineFromText) : undefined;
  return new ConfigError(`cannot parse the configuration: ${first}`, [], file, lineNumber);
}

/** The key path as people write it, e.g. `rules.no-pressure` or `overrides[0].rules`. */
function keyPathText(keyPath: (string | number)[]): string {
  return keyPath.map((key, index) => (typeof key === 'number' ? `[${key}]` : index === 0 ? key : `.${key}`)).join('');
}

/** Best-effort line of a key path in a JSON or YAML config file, for error messages. */
function lineOfKey(filePath: string, keyPath: (string | number)[]): number | undefined {
  if (keyPath.length === 0 || /\.(c|m)?js$/.test(filePath)) return undefined;
  let text: string;
  try {
    text = fs.readFileSync(filePath, 'utf8');
  } catch {
    return undefined;
  }
  const { parseDocument, isMap, isSeq, isScalar } = lazyYaml();
  let node: unknown = parseDocument(text).contents;
  let offset: number | undefined;
  if (path.basename(filePath) === 'package.json' && isMap(node)) node = node.get('empathy', true);
  for (const key of keyPath) {
    if (isMap(node)) {
      const pair = node.items.find((item) => isScalar(item.key) && String(item.key.value) === String(key));
      if (!pair) break;
      offset = (pair.key as YamlNode).range?.[0];
      node = pair.value;
    } else if (isSeq(node) && typeof key === 'number') {
      node = node.items[key];
      offset = (node as YamlNode | undefined)?.range?.[0] ?? offset;
    } else break;
  }
  if (offset === undefined) return undefined;
  return lineOf(text, offset);
}

/**
 * Load plugins named in a config: package names resolve from the config's folder, paths relative to it.
 * The namespace is the plugin's `name`, or the package name without `empathy-lint-plugin-`, or the file name.
 */
export async function loadPlugins(specifiers: string[], baseDirectory: string): Promise<Record<string, Plugin>> {
  const plugins: Record<string, Plugin> = {};
  for (const [index, specifier] of specifiers.entries()) {
    const at = ['plugins', index];
    let resolved: string;
    try {
      resolved = await resolvePlugin(specifier, baseDirectory);
    } catch {
      throw new ConfigError(`cannot find plugin "${specifier}" (looked in ${baseDirectory})`, at);
    }
    let module: { default?: unknown; rules?: unknown; name?: unknown };
    try {
      module = (await importFile(pathToFileURL(resolved).href)) as typeof module;
    } catch (error) {
      throw new ConfigError(`plugin "${specifier}" failed to load: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`, at);
    }
    const plugin = (module.default && typeof module.default === 'object' ? module.default : module) as Partial<Plugin>;
    if (!plugin.rules || typeof plugin.rules !== 'object') {
      throw new ConfigError(`plugin "${specifier}" exports no "rules" object`, at);
    }
    for (const [id, rule] of Object.entries(plugin.rules as Record<string, AnyRule>)) {
      if (!rule || typeof rule !== 'object' || !rule.meta || typeof rule.create !== 'function') {
        throw new ConfigError(`plugin "${specifier}": rule "${id}" must have "meta" and "create"`, at);
      }
    }
    const code = fingerprintModule(resolved);
    for (const rule of Object.values(plugin.rules as Record<string, AnyRule>)) pluginCode.set(rule, code);
    const namespace = typeof plugin.name === 'string' && plugin.name ? plugin.name : namespaceOf(specifier);
    plugins[namespace] = { name: namespace, rules: plugin.rules as Record<string, AnyRule> };
  }
  return plugins;
}

async function resolvePlugin(specifier: string, baseDirectory: string): Promise<string> {
  if (specifier.startsWith('.') || path.isAbsolute(specifier)) {
    const absolute = path.resolve(baseDirectory, specifier);
    if (isDirectory(absolute)) {
      for (const candidate of ['index.js', 'index.mjs', 'index.cjs']) {
        if (fs.existsSync(path.join(absolute, candidate))) return path.join(absolute, candidate);
      }
    }
    if (!fs.existsSync(absolute)) throw new Error('not found');
    return absolute;
  }
  const entry = await resolvePackageEntry(specifier, baseDirectory);
  if (!entry) throw new Error('not found');
  return entry;
}

function namespaceOf(specifier: string): string {
  if (specifier.startsWith('.') || path.isAbsolute(specifier)) {
    const base = path.basename(specifier).replace(/\.(c|m)?js$/, '');
    return base === 'index' ? path.basename(path.dirname(specifier)) : base;
  }
  const name = specifier.startsWith('@') ? specifier.split('/').slice(0, 2).join('/') : specifier.split('/')[0]!;
  return name.replace(/^(@[^/]+\/)?empathy-lint-plugin-?/, '$1').replace(/\/$/, '') || name;
}
