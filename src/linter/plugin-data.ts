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

async function besideEntry<T>(pluginName: string, fileName: string): Promise<T> {
  const entry = createRequire(import.meta.url).resolve(pluginName);
  return (await import(pathToFileURL(path.join(path.dirname(entry), fileName)).href)) as T;
}

export const pluginData = {
  equality: () => besideEntry<unknown>('retext-equality', 'patterns-en.js'),
  simplify: () => besideEntry<unknown>('retext-simplify', 'lib/patterns.js'),
};
