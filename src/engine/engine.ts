import path from 'node:path';
import { buildRuleset, resolveConfig, validateConfig, type RuleEntry } from '../config/resolve.js';
import { ConfigLoader } from '../config/load.js';
import { builtinRules } from '../../rules/index.js';
import { lintWithConfig, toResult } from '../linter/lint.js';
import type { LintResult } from '../types.js';
import { IgnoreMatcher, defaultMaxFileSize, findFiles, readCopy } from './files.js';
import { syntaxForPath } from '../syntax/index.js';

/** Options of `lintFiles`. */
export interface LintFilesOptions {
  /** Folder that relative paths and globs start from; defaults to the process's. */
  cwd?: string;
  /** Use this config file instead of searching for one next to each file. */
  configFile?: string;
  /** Rule levels that win over every config file (the CLI's `--rule`). */
  ruleOverrides?: Record<string, RuleEntry>;
  /** Honour `.gitignore` and `.empathyignore` (default true). */
  useIgnoreFiles?: boolean;
  /** Refuse files larger than this many bytes (default 5 MiB). */
  maxFileSize?: number;
}

/**
 * Lint files, folders and globs from disk. Each file uses the configuration nearest to it. Files that
 * cannot be read as copy come back with `fatal` set (binary, too large, invalid UTF-8, unreadable); files
 * named explicitly but ignored come back with `skipped` set.
 */
export async function lintFiles(patterns: string[], options: LintFilesOptions = {}): Promise<LintResult[]> {
  const cwd = path.resolve(options.cwd ?? process.cwd());
  const loader = new ConfigLoader(cwd);
  const rootConfig = await loader.load(options.configFile ? { configFile: options.configFile } : { searchFrom: cwd });
  const ignorer =
    options.useIgnoreFiles === false
      ? new IgnoreMatcher(cwd, [], { useIgnoreFiles: false })
      : new IgnoreMatcher(cwd, rootConfig.config.ignorePatterns ?? [], rootConfig.filePath ? { extraSource: rootConfig.filePath } : {});
  const candidates = await findFiles(patterns, cwd, ignorer);
  if (options.ruleOverrides) {
    validateConfig({ rules: options.ruleOverrides }, buildRuleset(builtinRules, rootConfig.plugins));
  }

  const results: LintResult[] = [];
  for (const candidate of candidates) {
    const displayPath = candidate.filePath;
    if (candidate.ignoredBy) {
      results.push({ ...toResult(displayPath, []), skipped: `ignored by ${path.relative(cwd, candidate.ignoredBy) || candidate.ignoredBy}` });
      continue;
    }
    const loaded = options.configFile ? rootConfig : await loader.load({ searchFrom: candidate.filePath });
    if (!options.configFile && options.useIgnoreFiles !== false && loaded.config.ignorePatterns && loaded !== rootConfig) {
      const local = new IgnoreMatcher(loaded.baseDirectory, loaded.config.ignorePatterns);
      if (local.ignoredBy(candidate.filePath)) continue;
    }
    let outcome;
    try {
      outcome = await readCopy(candidate.filePath, options.maxFileSize ?? defaultMaxFileSize);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      results.push({ ...toResult(displayPath, []), fatal: code === 'EACCES' ? 'permission denied' : `cannot be read (${code ?? 'unknown error'})` });
      continue;
    }
    if (outcome.kind === 'binary') {
      const note = 'looks like a binary file (it contains NUL bytes), so it was skipped';
      results.push(candidate.explicit ? { ...toResult(displayPath, []), fatal: note } : { ...toResult(displayPath, []), skipped: note });
      continue;
    }
    if (outcome.kind === 'too-large') {
      const limit = options.maxFileSize ?? defaultMaxFileSize;
      results.push({ ...toResult(displayPath, []), fatal: `is ${formatSize(outcome.size)}, over the ${formatSize(limit)} limit for copy, so it was skipped` });
      continue;
    }
    if (outcome.kind === 'invalid-utf8') {
      results.push({ ...toResult(displayPath, []), fatal: `line ${outcome.line} is not valid UTF-8; save the file as UTF-8 and run again` });
      continue;
    }
    const config = resolveConfig(loaded.config, buildRuleset(builtinRules, loaded.plugins), {
      filePath: candidate.filePath,
      baseDirectory: loaded.baseDirectory,
      finalRules: options.ruleOverrides,
    });
    const { messages, ...document } = await lintWithConfig(outcome.text, config, { filePath: candidate.filePath, syntax: syntaxForPath(candidate.filePath) });
    results.push(toResult(displayPath, messages, document));
  }
  return results;
}

function formatSize(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`;
}
