import fs from 'node:fs/promises';
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import ignore, { type Ignore } from 'ignore';
import { glob, isDynamicPattern } from 'tinyglobby';
import { knownExtensions } from '../syntax/index.js';
import { toPosix } from '../config/resolve.js';

/** Folders never walked into. */
const skippedFolders = new Set(['node_modules', '.git', '.hg', '.svn']);

/** A file to lint, and whether the user named it explicitly. */
export interface Candidate {
  filePath: string;
  explicit: boolean;
  /** Set when an explicitly named file is ignored: the reason. */
  ignoredBy?: string;
}

/** A path or glob that matched nothing: a usage error. */
export class NoFilesError extends Error {
  constructor(readonly pattern: string) {
    super(`no such file or folder: ${pattern}`);
    this.name = 'NoFilesError';
  }
}

/**
 * Answers whether a path is ignored by `.gitignore` and `.empathyignore` files (in the working folder and in
 * every folder below it on the way to the file) and by extra patterns relative to the working folder.
 */
export class IgnoreMatcher {
  private readonly perFolder = new Map<string, Ignore | null>();

  constructor(
    private readonly cwd: string,
    private readonly extra: string[] = [],
  ) {}

  private rulesIn(folder: string): Ignore | null {
    let rules = this.perFolder.get(folder);
    if (rules !== undefined) return rules;
    rules = null;
    for (const name of ['.gitignore', '.empathyignore']) {
      const file = path.join(folder, name);
      if (!existsSync(file)) continue;
      rules ??= ignore();
      rules.add(readFileSync(file, 'utf8'));
    }
    if (folder === this.cwd && this.extra.length > 0) {
      rules ??= ignore();
      rules.add(this.extra);
    }
    this.perFolder.set(folder, rules);
    return rules;
  }

  /** The file that ignores `filePath`, or undefined. */
  ignoredBy(filePath: string, isFolder = false): string | undefined {
    const absolute = path.resolve(this.cwd, filePath);
    const relativeToCwd = path.relative(this.cwd, absolute);
    if (relativeToCwd.startsWith('..') || path.isAbsolute(relativeToCwd)) return undefined;
    let folder = this.cwd;
    const parts = relativeToCwd.split(path.sep);
    for (let depth = 0; depth < parts.length; depth++) {
      const rules = this.rulesIn(folder);
      if (rules) {
        const rest = toPosix(path.relative(folder, absolute)) + (isFolder && depth === parts.length - 1 ? '/' : '');
        if (rest && rules.ignores(rest)) {
          return existsSync(path.join(folder, '.empathyignore')) ? path.join(folder, '.empathyignore') : path.join(folder, '.gitignore');
        }
      }
      folder = path.join(folder, parts[depth]!);
    }
    return undefined;
  }
}

/**
 * Expand paths, folders and globs into the files to lint, sorted and without duplicates. Folders recurse
 * and pick up known extensions; explicit files of any extension are linted (as plain text when unknown).
 */
export async function findFiles(patterns: string[], cwd: string, ignorer: IgnoreMatcher, extensions = knownExtensions): Promise<Candidate[]> {
  const found = new Map<string, Candidate>();
  const add = (candidate: Candidate) => {
    if (!found.has(candidate.filePath)) found.set(candidate.filePath, candidate);
  };
  for (const pattern of patterns.length > 0 ? patterns : ['.']) {
    const absolute = path.resolve(cwd, pattern);
    let stats;
    try {
      stats = statSync(absolute);
    } catch {
      stats = undefined;
    }
    if (stats?.isFile()) {
      const ignoredBy = ignorer.ignoredBy(absolute);
      add(ignoredBy ? { filePath: absolute, explicit: true, ignoredBy } : { filePath: absolute, explicit: true });
    } else if (stats?.isDirectory()) {
      for (const file of await walk(absolute, ignorer, extensions)) add({ filePath: file, explicit: false });
    } else if (isDynamicPattern(pattern)) {
      const matches = await glob(pattern, { cwd, absolute: true, dot: false, ignore: ['**/node_modules/**', '**/.git/**'] });
      if (matches.length === 0) throw new NoFilesError(pattern);
      for (const file of matches.sort()) {
        if (!ignorer.ignoredBy(file)) add({ filePath: path.normalize(file), explicit: false });
      }
    } else {
      throw new NoFilesError(pattern);
    }
  }
  return [...found.values()];
}

async function walk(folder: string, ignorer: IgnoreMatcher, extensions: readonly string[]): Promise<string[]> {
  const files: string[] = [];
  const entries = await fs.readdir(folder, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) {
      if (skippedFolders.has(entry.name) || ignorer.ignoredBy(full, true)) continue;
      files.push(...(await walk(full, ignorer, extensions)));
    } else if (entry.isFile()) {
      const lower = entry.name.toLowerCase();
      if (extensions.some((extension) => lower.endsWith(extension)) && !ignorer.ignoredBy(full)) files.push(full);
    }
  }
  return files;
}

/** Why a file's bytes cannot be linted, or the decoded text. */
export type ReadOutcome =
  | { kind: 'text'; text: string; bom: boolean }
  | { kind: 'binary' }
  | { kind: 'too-large'; size: number }
  | { kind: 'invalid-utf8'; line: number };

/** Files larger than this are refused: copy is small, and a huge file is almost always a mistake. */
export const defaultMaxFileSize = 5 * 1024 * 1024;

const decoder = new TextDecoder('utf-8', { fatal: true });

/** Read a file as UTF-8 copy, refusing binary, huge and badly encoded files. */
export async function readCopy(filePath: string, maxSize = defaultMaxFileSize): Promise<ReadOutcome> {
  const { size } = await fs.stat(filePath);
  if (size > maxSize) return { kind: 'too-large', size };
  const bytes = await fs.readFile(filePath);
  return decodeCopy(bytes);
}

/** Decode bytes as UTF-8 copy (see `readCopy`). */
export function decodeCopy(bytes: Uint8Array): ReadOutcome {
  const sample = bytes.subarray(0, 8000);
  if (sample.includes(0)) return { kind: 'binary' };
  let text: string;
  try {
    text = decoder.decode(bytes);
  } catch {
    return { kind: 'invalid-utf8', line: invalidUtf8Line(bytes) };
  }
  const bom = text.charCodeAt(0) === 0xfeff;
  return { kind: 'text', text: bom ? text.slice(1) : text, bom };
}

function invalidUtf8Line(bytes: Uint8Array): number {
  let line = 1;
  let start = 0;
  for (let index = 0; index <= bytes.length; index++) {
    if (index === bytes.length || bytes[index] === 10) {
      try {
        decoder.decode(bytes.subarray(start, index));
      } catch {
        return line;
      }
      line++;
      start = index + 1;
    }
  }
  return line;
}
