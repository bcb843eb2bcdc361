import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/**
 * The file that `import(name)` would load from a module in `fromDirectory`: a package in `node_modules` of that
 * folder or one above it (its `exports` with Node's `node`/`import` conditions, else `main`), or a file path
 * inside a package (`some-package/lib/file.js`). Resolved by import-meta-resolve, Node's own algorithm;
 * undefined when there is no such package or file.
 */
export async function resolvePackageEntry(name: string, fromDirectory: string): Promise<string | undefined> {
  const { resolve } = await import('import-meta-resolve');
  const parent = pathToFileURL(path.join(fromDirectory, 'noop.js')).href;
  try {
    const url = resolve(name, parent);
    if (!url.startsWith('file:')) return undefined;
    const file = fileURLToPath(url);
    return fs.existsSync(file) ? file : undefined;
  } catch {
    return undefined;
  }
}
