import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { formatters } from './index.js';
import type { ExternalFormatter } from './types.js';

/** A `-f` value that is neither a built-in format nor a formatter file or package that can be loaded. */
export class FormatterLoadError extends Error {
  override name = 'FormatterLoadError';
}

/** Names of the built-in formats, in the order the help lists them. */
export const builtinFormatNames = Object.keys(formatters);

function looksLikePath(name: string): boolean {
  return name.startsWith('.') || path.isAbsolute(name) || /\.(c|m)?js$/.test(name) || name.includes('\\');
}

function looksLikePackage(name: string): boolean {
  return /^(@[a-z0-9][\w.-]*\/)?[a-z0-9][\w.-]*(\/[\w.-]+)*$/i.test(name);
}

/**
 * The formatter a `-f` value names: a built-in format, a file (`./my-formatter.js`, relative to `cwd`), or a
 * package installed where the command runs (`some-formatter`, or `empathy-lint-formatter-NAME` for `-f NAME`).
 * A loaded module must default-export a function `(results, context) => string` (or a promise of one).
 */
export async function loadFormatter(name: string, cwd: string): Promise<ExternalFormatter> {
  const builtin = formatters[name];
  if (builtin) return builtin;
  let file: string | undefined;
  if (looksLikePath(name)) {
    file = path.resolve(cwd, name);
    if (!fs.existsSync(file)) throw new FormatterLoadError(`cannot find the formatter file ${name} (looked in ${cwd})`);
  } else if (looksLikePackage(name)) {
    const fullName = name.startsWith('empathy-lint-formatter-') || name.startsWith('@') ? name : undefined;
    file = packageEntry(name, cwd) ?? (fullName ? undefined : packageEntry(`empathy-lint-formatter-${name}`, cwd));
  }
  if (!file) {
    throw new FormatterLoadError(`unknown format "${name}"; use one of ${builtinFormatNames.join(', ')}, or the path or package name of a formatter`);
  }
  let module: { default?: unknown };
  try {
    module = (await import(pathToFileURL(file).href)) as { default?: unknown };
  } catch (error) {
    throw new FormatterLoadError(`the formatter ${name} failed to load: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
  }
  // A CommonJS module's `module.exports = fn` arrives as the default export, and so may `{ default: fn }`.
  const candidate = typeof module.default === 'function' ? module.default : (module.default as { default?: unknown } | undefined)?.default;
  if (typeof candidate !== 'function') {
    throw new FormatterLoadError(`the formatter ${name} must default-export a function (results, context) => string`);
  }
  return candidate as ExternalFormatter;
}

/** The entry file of a package installed in `node_modules` of `cwd` or a folder above it. */
function packageEntry(name: string, cwd: string): string | undefined {
  let folder = cwd;
  for (;;) {
    const packageFolder = path.join(folder, 'node_modules', ...name.split('/'));
    const manifestPath = path.join(packageFolder, 'package.json');
    if (fs.existsSync(manifestPath)) {
      const manifest = JSON.parse(fs.readFileSync(manifestPath, 'utf8')) as { exports?: unknown; main?: string; module?: string };
      return path.join(packageFolder, exportEntry(manifest.exports) ?? manifest.main ?? 'index.js');
    }
    // `-f package/sub/file.js`-style deep paths inside a package.
    const direct = path.join(folder, 'node_modules', name);
    if (fs.existsSync(direct) && fs.statSync(direct).isFile()) return direct;
    const parent = path.dirname(folder);
    if (parent === folder) return undefined;
    folder = parent;
  }
}

function exportEntry(exports: unknown): string | undefined {
  if (typeof exports === 'string') return exports;
  if (!exports || typeof exports !== 'object') return undefined;
  const record = exports as Record<string, unknown>;
  const root = '.' in record ? record['.'] : record;
  if (typeof root === 'string') return root;
  if (root && typeof root === 'object') {
    for (const key of ['import', 'node', 'default', 'require']) {
      const nested = exportEntry((root as Record<string, unknown>)[key]);
      if (nested) return nested;
    }
  }
  return undefined;
}
