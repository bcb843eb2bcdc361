import fs from 'node:fs';

let version: string | undefined;
let root: URL | null | undefined;

/**
 * The folder of empathy-lint's own package.json (which ships the rules' readmes), or undefined when it cannot be
 * found. This module runs from src/engine, dist/src/engine or a bundle in dist/cli, so it walks up to the root.
 */
export function packageRoot(): URL | undefined {
  if (root === undefined) {
    root = null;
    for (let folder = new URL('.', import.meta.url); ; folder = new URL('..', folder)) {
      try {
        const data = JSON.parse(fs.readFileSync(new URL('package.json', folder), 'utf8')) as { name?: string; version?: string };
        if (data.name === 'empathy-lint' && typeof data.version === 'string') {
          root = folder;
          version = data.version;
          break;
        }
      } catch {
        // No manifest here, or not a readable one: keep walking.
      }
      if (new URL('..', folder).href === folder.href) break;
    }
  }
  return root ?? undefined;
}

/** empathy-lint's version, from its package.json (part of the cache key, and named in SARIF). */
export function linterVersion(): string {
  packageRoot();
  return version ?? '0.0.0';
}
