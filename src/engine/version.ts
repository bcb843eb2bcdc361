import fs from 'node:fs';

let version: string | undefined;

/** empathy-lint's version, from its package.json (part of the cache key, and named in SARIF). */
export function linterVersion(): string {
  if (version === undefined) {
    try {
      // dist/src/engine/version.js and src/engine/version.ts are both three folders below the package root.
      const manifest = new URL('../../../package.json', import.meta.url);
      const fallback = new URL('../../package.json', import.meta.url);
      const file = fs.existsSync(manifest) && JSON.parse(fs.readFileSync(manifest, 'utf8')).name === 'empathy-lint' ? manifest : fallback;
      version = (JSON.parse(fs.readFileSync(file, 'utf8')) as { version: string }).version;
    } catch {
      version = '0.0.0';
    }
  }
  return version;
}
