/**
 * When a run finds no copy at all, JSON and YAML files in the folders it walked are most likely string
 * catalogues that no config lists in `catalogs` (folder walks never pick up JSON or YAML on their own, since
 * not every such file is copy). This finds them, so the command line can say how to lint them.
 */
import fs from 'node:fs/promises';
import { statSync } from 'node:fs';
import path from 'node:path';
import { toPosix } from '../config/resolve.js';
import { catalogExtensions } from '../syntax/index.js';
import { IgnoreMatcher } from './files.js';

/** JSON and YAML files that are tooling, never copy. */
const toolingFile = /^(package(-lock)?\.json|composer\.(json|lock)|tsconfig(\..+)?\.json|jsconfig\.json|\..*|.*\.config\.json|pnpm-lock\.yaml|[\w.-]*\.schema\.json|docker-compose\.ya?ml)$/i;
const skippedFolders = new Set(['node_modules', '.git', '.hg', '.svn', '.github', '.gitlab']);
/** Enough to say what was found; a large tree is not walked to its end for a hint. */
const limit = 200;

async function catalogueFiles(folder: string, ignorer: IgnoreMatcher, found: string[]): Promise<void> {
  let entries;
  try {
    entries = await fs.readdir(folder, { withFileTypes: true });
  } catch {
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    if (found.length >= limit) return;
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) {
      if (!skippedFolders.has(entry.name) && !entry.name.startsWith('.') && !ignorer.ignoredBy(full, true)) await catalogueFiles(full, ignorer, found);
    } else if (entry.isFile() && catalogExtensions.some((extension) => entry.name.toLowerCase().endsWith(extension)) && !toolingFile.test(entry.name) && !ignorer.ignoredBy(full)) {
      found.push(full);
    }
  }
}

/**
 * One line saying how to lint the JSON and YAML files under the folders among `patterns` (the working folder
 * when there are none), or undefined when there are none. Meant for a run that found nothing else to lint.
 */
export async function catalogueHint(patterns: readonly string[], cwd: string, useIgnoreFiles: boolean): Promise<string | undefined> {
  const ignorer = new IgnoreMatcher(cwd, [], { useIgnoreFiles });
  const found: string[] = [];
  for (const pattern of patterns.length > 0 ? patterns : ['.']) {
    const folder = path.resolve(cwd, pattern);
    let isFolder = false;
    try {
      isFolder = statSync(folder).isDirectory();
    } catch {
      isFolder = false;
    }
    if (isFolder) await catalogueFiles(folder, ignorer, found);
  }
  if (found.length === 0) return undefined;
  const relative = found.map((file) => toPosix(path.relative(cwd, file)));
  const folders = [...new Set(relative.map((file) => path.posix.dirname(file)))];
  const extensions = [...new Set(relative.map((file) => path.posix.extname(file).slice(1).toLowerCase()))].sort();
  const base = folders.length === 1 ? folders[0]! : commonFolder(folders);
  const glob = `${base === '.' ? '' : `${base}/`}**/*.${extensions.length === 1 ? extensions[0] : `{${extensions.join(',')}}`}`;
  const count = found.length >= limit ? `${limit} or more` : String(found.length);
  const files = found.length === 1 ? `${relative[0]} is JSON or YAML, which is` : `${count} JSON or YAML files (such as ${relative[0]}) are`;
  return `no copy found to lint, but ${files} read as string catalogues only when a config lists them: add catalogs: ["${glob}"] to your config (empathy-lint --init writes one), or name a file to lint it once`;
}

function commonFolder(folders: readonly string[]): string {
  const split = folders.map((folder) => folder.split('/'));
  const common: string[] = [];
  for (let index = 0; split.every((parts) => parts[index] !== undefined && parts[index] === split[0]![index]); index++) common.push(split[0]![index]!);
  return common.length > 0 ? common.join('/') : '.';
}
