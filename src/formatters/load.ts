import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { formatters } from './index.js';
import type { ExternalFormatter } from './types.js';
import { resolvePackageEntry } from '../package-entry.js';
import { importFile } from '../import-file.js';

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
    file = (await resolvePackageEntry(name, cwd)) ?? (fullName ? undefined : await resolvePackageEntry(`empathy-lint-formatter-${name}`, cwd));
  }
  if (!file) {
    throw new FormatterLoadError(`unknown format "${name}"; use one of ${builtinFormatNames.join(', ')}, or the path or package name of a formatter`);
  }
  let module: { default?: unknown };
  try {
    module = (await importFile(pathToFileURL(file).href)) as { default?: unknown };
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
