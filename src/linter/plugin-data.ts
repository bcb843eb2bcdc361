/**
 * The phrase lists that retext-equality and retext-simplify keep beside their entry points (the paths below
 * are relative to the entry), which their `exports` maps do not expose. Rules use them only to skip
 * paragraphs that cannot match, so a list that fails to load just means no skipping. The command-line bundle
 * replaces this module with static imports of the same files (see scripts/bundle.js), so that they are
 * bundled like the plugins themselves.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

async function besideEntry(pluginName: string, fileName: string): Promise<unknown> {
  const entry = createRequire(import.meta.url).resolve(pluginName);
  return import(pathToFileURL(path.join(path.dirname(entry), fileName)).href);
}

export const pluginData = {
  equality: () => besideEntry('retext-equality', 'patterns-en.js'),
  simplify: () => besideEntry('retext-simplify', 'lib/patterns.js'),
};
