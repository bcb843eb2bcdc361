import fs from 'node:fs';

let version: string | undefined;

/** empathy-lint's version, from its package.json (part of the cache key, and named in SARIF). */
export function linterVersion(): string {
  if (version === undefined) {
    version = '0.0.0';
    // This module runs from src/engine, dist/src/engine or a bundle in dist/cli: walk up to the package's root.
    for (let folder = new URL('.', import.meta.url); ; folder = new URL('..', folder)) {
      const manifest = new URL('package.json', folder);
      try {
        const data = JSON.parse(fs.readFileSync(manifest, 'utf8')) as { name?: string; version?: string };
        if (data.name === 'empathy-lint' && typeof data.version === 'string') {
          version = data.version;
          break;
        }
      } catch {
        // No manifest here, or not a readable one: keep walking.
      }
      if (new URL('..', folder).href === folder.href) break;
    }
  }
  return version;
}
