import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { AnyRule } from '../types.js';

/** A relative module specifier in an import, export-from, dynamic import or require. */
const relativeImport = /(?:\bfrom\s*|\bimport\s*\(?\s*|\brequire\s*\(\s*)(['"])(\.\.?\/[^'"\n]+)\1/g;
const candidates = ['', '.js', '.mjs', '.cjs', '.ts', '.mts', '.cts', '.json', '/index.js', '/index.mjs', '/index.cjs'];
/** Enough for any plugin; a bound so that a strange import graph cannot make loading slow. */
const maxFiles = 500;

/** The code of each plugin rule's module and of the local modules it imports, as one hash (see `fingerprintModule`). */
export const pluginCode = new WeakMap<AnyRule, string>();

/**
 * A hash of a plugin module and of every module it imports by a relative path, transitively (its helpers and
 * data files; not other packages). `--cache` keys results on it, so that editing a plugin's helper module,
 * not only its rules, makes files be linted again.
 */
export function fingerprintModule(entry: string): string {
  const hash = createHash('sha256');
  const seen = new Set<string>();
  const queue = [entry];
  while (queue.length > 0 && seen.size < maxFiles) {
    const file = queue.shift()!;
    if (seen.has(file)) continue;
    seen.add(file);
    let text: string;
    try {
      text = fs.readFileSync(file, 'utf8');
    } catch {
      hash.update(`${file}\0unreadable\0`);
      continue;
    }
    hash.update(`${path.relative(path.dirname(entry), file)}\0${text.length}\0${text}\0`);
    for (const match of text.matchAll(relativeImport)) {
      const target = resolveLocal(path.dirname(file), match[2]!);
      if (target && !seen.has(target)) queue.push(target);
    }
  }
  return hash.digest('hex');
}

function resolveLocal(folder: string, specifier: string): string | undefined {
  const base = path.resolve(folder, specifier.split(/[?#]/)[0]!);
  for (const suffix of candidates) {
    try {
      if (fs.statSync(base + suffix).isFile()) return base + suffix;
    } catch {
      // Not this one.
    }
  }
  return undefined;
}
