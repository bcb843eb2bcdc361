import fs from 'node:fs/promises';
import { constants, existsSync, readFileSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import ignore, { type Ignore } from 'ignore';
import { knownExtensions } from '../syntax/index.js';
import { toPosix } from '../config/resolve.js';
import { defaultMaxFileSize } from './limits.js';

/** Folders never walked into. */
const skippedFolders = new Set(['node_modules', '.git', '.hg', '.svn']);

/** A file to lint, and whether the user named it explicitly. */
export interface Candidate {
  filePath: string;
  explicit: boolean;
  /** Set when an explicitly named file is ignored: the reason. */
  ignoredBy?: string;
  /**
   * Set when a named path does not exist or a glob matches nothing: why. The rest is still linted, and the
   * run reports this one as a file that could not be linted.
   */
  missing?: string;
}

/** Loaded for the first pattern that is neither a file nor a folder. */
let tinyglobby: typeof import('tinyglobby') | undefined;

/** A path that names something that is not a file or folder (a pipe, a device, a symbolic link loop): a usage error. */
export class NoFilesError extends Error {
  /** `problem` says what is there instead, when something is ("is a named pipe, not a file..."). */
  constructor(
    readonly pattern: string,
    problem?: string,
  ) {
    super(problem ? `${pattern}: ${problem}` : `no such file or folder: ${pattern}`);
    this.name = 'NoFilesError';
  }
}

/**
 * Answers whether a path is ignored by `.gitignore` and `.empathyignore` files (in the working folder and in
 * every folder below it on the way to the file) and by extra patterns relative to the working folder.
 */
export class IgnoreMatcher {
  private readonly perFolder = new Map<string, { rules: Ignore; sources: { file: string; rules: Ignore }[] } | null>();

  constructor(
    private readonly cwd: string,
    private readonly extra: string[] = [],
    private readonly options: {
      /** Read `.gitignore` and `.empathyignore` files (false for `--no-ignore`). */
      useIgnoreFiles?: boolean;
      /** The file that `extra` comes from (the config with `ignorePatterns`), named in reasons. */
      extraSource?: string;
    } = {},
  ) {}

  private rulesIn(folder: string) {
    let found = this.perFolder.get(folder);
    if (found !== undefined) return found;
    found = null;
    const sources: { file: string; lines: string | string[] }[] = [];
    if (this.options.useIgnoreFiles !== false) {
      for (const name of ['.gitignore', '.empathyignore']) {
        const file = path.join(folder, name);
        if (existsSync(file)) sources.push({ file, lines: readFileSync(file, 'utf8') });
      }
    }
    if (folder === this.cwd && this.extra.length > 0) {
      sources.push({ file: this.options.extraSource ?? path.join(folder, '.empathyignore'), lines: this.extra });
    }
    if (sources.length > 0) {
      // All sources decide together (a later `!pattern` can re-include); each alone says which one to blame.
      const rules = ignore();
      for (const source of sources) rules.add(source.lines);
      found = { rules, sources: sources.map((source) => ({ file: source.file, rules: ignore().add(source.lines) })) };
    }
    this.perFolder.set(folder, found);
    return found;
  }

  /** The file that ignores `filePath`, or undefined. */
  ignoredBy(filePath: string, isFolder = false): string | undefined {
    const absolute = path.resolve(this.cwd, filePath);
    const relativeToCwd = path.relative(this.cwd, absolute);
    if (relativeToCwd.startsWith('..') || path.isAbsolute(relativeToCwd)) return undefined;
    let folder = this.cwd;
    const parts = relativeToCwd.split(path.sep);
    for (let depth = 0; depth < parts.length; depth++) {
      const found = this.rulesIn(folder);
      if (found) {
        const rest = toPosix(path.relative(folder, absolute)) + (isFolder && depth === parts.length - 1 ? '/' : '');
        if (rest && found.rules.ignores(rest)) {
          const source = [...found.sources].reverse().find((candidate) => candidate.rules.ignores(rest)) ?? found.sources.at(-1)!;
          return source.file;
        }
      }
      folder = path.join(folder, parts[depth]!);
    }
    return undefined;
  }
}

/**
 * Expand paths, folders and globs into the files to lint, sorted and without duplicates. Folders recurse
 * and pick up known extensions; explicit files of any extension are linted (as plain text when unknown). A
 * path that does not exist, or a glob that matches nothing, comes back with `missing` set, in its place in
 * the order.
 */
export async function findFiles(
  patterns: string[],
  cwd: string,
  ignorer: IgnoreMatcher,
  extensions = knownExtensions,
  /** Picks up files of other extensions in folder walks (string catalogues named by config globs). */
  include: (filePath: string) => boolean | Promise<boolean> = () => false,
): Promise<Candidate[]> {
  const found = new Map<string, Candidate>();
  // Real paths of what was found: a glob that follows a symbolic link to a folder above it (a loop) meets
  // the same files again under longer names, and each file is linted once.
  const realPaths = new Set<string>();
  const realPathOf = (file: string) => {
    try {
      return realpathSync(file);
    } catch {
      return file;
    }
  };
  const add = (candidate: Candidate) => {
    if (found.has(candidate.filePath)) return;
    found.set(candidate.filePath, candidate);
    realPaths.add(realPathOf(candidate.filePath));
  };
  for (const pattern of patterns.length > 0 ? patterns : ['.']) {
    const absolute = path.resolve(cwd, pattern);
    let stats;
    let statCode: string | undefined;
    try {
      stats = statSync(absolute);
    } catch (error) {
      stats = undefined;
      statCode = (error as NodeJS.ErrnoException).code;
    }
    if (stats?.isFile()) {
      const ignoredBy = ignorer.ignoredBy(absolute);
      add(ignoredBy ? { filePath: absolute, explicit: true, ignoredBy } : { filePath: absolute, explicit: true });
    } else if (stats?.isDirectory()) {
      for (const file of await walk(absolute, ignorer, extensions, include)) add({ filePath: file, explicit: false });
    } else if (stats) {
      // Reading a pipe or /dev/zero would wait, or grow, for ever.
      throw new NoFilesError(pattern, `is ${specialKind(stats)}, not a file, so it was not read (to lint copy from a pipe, use --stdin)`);
    } else if (statCode === 'ELOOP') {
      throw new NoFilesError(pattern, 'is a symbolic link that leads back to itself (a loop), so there is no file to read');
    } else if ((tinyglobby ??= await import('tinyglobby')).isDynamicPattern(pattern)) {
      const matches = await tinyglobby.glob(pattern, { cwd, absolute: true, dot: false, ignore: ['**/node_modules/**', '**/.git/**'] });
      if (matches.length === 0) add({ filePath: absolute, explicit: true, missing: 'matches no file' });
      // Shallowest first, so that of the names a loop gives one file, the shortest is kept.
      for (const file of matches.sort((a, b) => a.split('/').length - b.split('/').length || (a < b ? -1 : a > b ? 1 : 0))) {
        if (ignorer.ignoredBy(file) || realPaths.has(realPathOf(file)) || !isRegularFile(file)) continue;
        add({ filePath: path.normalize(file), explicit: false });
      }
    } else {
      add({ filePath: absolute, explicit: true, missing: 'no such file or folder' });
    }
  }
  return [...found.values()].sort((a, b) => comparePaths(a.filePath, b.filePath));
}

/** Whether a path leads to a regular file: a glob, like a folder walk, passes over pipes, devices and sockets. */
function isRegularFile(file: string): boolean {
  try {
    return statSync(file).isFile();
  } catch {
    return false;
  }
}

function specialKind(stats: import('node:fs').Stats): string {
  if (stats.isFIFO()) return 'a named pipe';
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return 'a device';
  if (stats.isSocket()) return 'a socket';
  return 'not a regular file';
}

/** Order paths folder by folder, the way a sorted folder walk visits them. */
function comparePaths(a: string, b: string): number {
  const left = a.split(path.sep);
  const right = b.split(path.sep);
  for (let index = 0; index < Math.min(left.length, right.length); index++) {
    if (left[index] !== right[index]) return left[index]! < right[index]! ? -1 : 1;
  }
  return left.length - right.length;
}

async function walk(
  folder: string,
  ignorer: IgnoreMatcher,
  extensions: readonly string[],
  include: (filePath: string) => boolean | Promise<boolean>,
): Promise<string[]> {
  const files: string[] = [];
  const entries = await fs.readdir(folder, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) {
      if (skippedFolders.has(entry.name) || ignorer.ignoredBy(full, true)) continue;
      files.push(...(await walk(full, ignorer, extensions, include)));
    } else if (entry.isFile()) {
      const lower = entry.name.toLowerCase();
      if ((extensions.some((extension) => lower.endsWith(extension)) || (await include(full))) && !ignorer.ignoredBy(full)) files.push(full);
    }
  }
  return files;
}

/** Why a file's bytes cannot be linted, or the decoded text. */
export type ReadOutcome =
  | { kind: 'text'; text: string; bom: boolean }
  | { kind: 'binary' }
  | { kind: 'utf-16' }
  | { kind: 'not-a-file'; what: string }
  | { kind: 'too-large'; size: number }
  | { kind: 'invalid-utf8'; line: number };

export { defaultMaxFileSize };

// ignoreBOM keeps a byte order mark in the decoded text, so that decodeCopy can note it (fixes write it back).
const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** Read a file as UTF-8 copy, refusing binary, huge and badly encoded files. */
export async function readCopy(filePath: string, maxSize = defaultMaxFileSize): Promise<ReadOutcome> {
  // Opened without blocking and checked through the open file: a path that became a pipe or a device since it
  // was listed would otherwise wait for a writer, or read for ever.
  const handle = await fs.open(filePath, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  try {
    const stats = await handle.stat();
    if (!stats.isFile()) return { kind: 'not-a-file', what: specialKind(stats) };
    if (stats.size > maxSize) return { kind: 'too-large', size: stats.size };
    return decodeCopy(await handle.readFile());
  } finally {
    await handle.close();
  }
}

/** Decode bytes as UTF-8 copy (see `readCopy`). */
export function decodeCopy(bytes: Uint8Array): Exclude<ReadOutcome, { kind: 'not-a-file' }> {
  const sample = bytes.subarray(0, 8000);
  if (isUtf16(sample)) return { kind: 'utf-16' };
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

/**
 * UTF-16 text (as Windows tools save "Unicode" files): a UTF-16 byte order mark, or, without one, NUL bytes in
 * nearly every other byte (the high bytes of Latin text) and almost nowhere else.
 */
function isUtf16(sample: Uint8Array): boolean {
  if (sample.length >= 2 && ((sample[0] === 0xff && sample[1] === 0xfe) || (sample[0] === 0xfe && sample[1] === 0xff))) return true;
  if (sample.length < 8) return false;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let index = 0; index < sample.length; index++) {
    if (sample[index] === 0) {
      if (index % 2 === 0) evenZeros++;
      else oddZeros++;
    }
  }
  const pairs = Math.floor(sample.length / 2);
  const [more, fewer] = evenZeros > oddZeros ? [evenZeros, oddZeros] : [oddZeros, evenZeros];
  return more >= pairs * 0.7 && fewer <= pairs * 0.05;
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
