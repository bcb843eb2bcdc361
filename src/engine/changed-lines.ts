import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import type { LintMessage } from '../types.js';

const run = promisify(execFile);

/** `--changed-since` cannot work here (no git, no repository, unknown ref): a usage error, exit 2. */
export class ChangedSinceError extends Error {
  override name = 'ChangedSinceError';
}

/** Lines added or changed in a file since the ref: a set of 1-based line numbers, or every line of a new file. */
export type ChangedLines = Set<number> | 'all';

async function git(args: string[], cwd: string, env: NodeJS.ProcessEnv | undefined): Promise<string> {
  const { stdout } = await run('git', ['-c', 'core.quotePath=false', ...args], { cwd, encoding: 'utf8', maxBuffer: 512 * 1024 * 1024, ...(env ? { env } : {}) });
  return stdout;
}

/** Undo git's C-style quoting of unusual path names ("a\tb", "\303\251"). */
export function unquoteGitPath(text: string): string {
  if (!text.startsWith('"') || !text.endsWith('"')) return text;
  const bytes: number[] = [];
  const body = text.slice(1, -1);
  const simple: Record<string, number> = { a: 7, b: 8, t: 9, n: 10, v: 11, f: 12, r: 13, '"': 34, '\\': 92 };
  for (let index = 0; index < body.length; index++) {
    const char = body[index]!;
    if (char !== '\\') {
      bytes.push(...Buffer.from(char, 'utf8'));
      continue;
    }
    const next = body[index + 1] ?? '';
    if (/[0-7]/.test(next)) {
      bytes.push(parseInt(body.slice(index + 1, index + 4), 8));
      index += 3;
    } else {
      bytes.push(simple[next] ?? next.charCodeAt(0));
      index += 1;
    }
  }
  return Buffer.from(bytes).toString('utf8');
}

/** Parse `git diff --unified=0` output into the added lines of each file (paths relative to the top level). */
export function parseUnifiedZero(diff: string): Map<string, Set<number>> {
  const files = new Map<string, Set<number>>();
  let current: Set<number> | undefined;
  for (const line of diff.split('\n')) {
    if (line.startsWith('+++ ')) {
      const name = unquoteGitPath(line.slice(4).replace(/\t$/, ''));
      if (name === '/dev/null') {
        current = undefined;
        continue;
      }
      const relative = name.startsWith('b/') ? name.slice(2) : name;
      current = new Set();
      files.set(relative, current);
      continue;
    }
    const hunk = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/.exec(line);
    if (hunk && current) {
      const start = Number(hunk[1]);
      const count = hunk[2] === undefined ? 1 : Number(hunk[2]);
      for (let offset = 0; offset < count; offset++) current.add(start + offset);
    }
  }
  return files;
}

/**
 * The lines of each file that were added or changed since `ref`, comparing the ref with the working tree
 * (so staged and unstaged edits count). Files git does not track count as new: every line. Throws a
 * `ChangedSinceError` with a one-line explanation when the ref cannot be found, e.g. in a shallow clone.
 * git runs with `env` when given (default: this process's environment).
 */
export async function changedLinesSince(ref: string, files: string[], cwd: string, env?: NodeJS.ProcessEnv): Promise<Map<string, ChangedLines>> {
  if (ref.startsWith('-')) throw new ChangedSinceError(`--changed-since takes a git ref (a branch, tag or commit), not "${ref}"`);
  let topLevel: string;
  try {
    topLevel = fs.realpathSync((await git(['rev-parse', '--show-toplevel'], cwd, env)).trim());
  } catch (error) {
    const missing = (error as NodeJS.ErrnoException).code === 'ENOENT';
    throw new ChangedSinceError(missing ? '--changed-since needs git, and git is not installed' : `--changed-since needs a git repository, and ${cwd} is not inside one`);
  }
  try {
    await git(['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`], cwd, env);
  } catch {
    let shallow = false;
    try {
      shallow = (await git(['rev-parse', '--is-shallow-repository'], cwd, env)).trim() === 'true';
    } catch {
      // An old git without the flag: say nothing about shallowness.
    }
    throw new ChangedSinceError(
      shallow
        ? `cannot find "${ref}" for --changed-since: this is a shallow clone without that history; fetch it (git fetch --depth=1000 origin, or fetch-depth: 0 in actions/checkout) and run again`
        : `cannot find "${ref}" for --changed-since: no branch, tag or commit has that name here (for a remote branch, run git fetch and use origin/NAME)`,
    );
  }

  const relativeOf = new Map<string, string>();
  for (const file of files) {
    let real: string;
    try {
      real = fs.realpathSync(file);
    } catch {
      real = file;
    }
    relativeOf.set(file, path.relative(topLevel, real).split(path.sep).join('/'));
  }
  const tracked = new Set((await git(['ls-files', '-z', '--full-name'], topLevel, env)).split('\0').filter(Boolean));
  const diffs = new Map<string, Set<number>>();
  const trackedFiles = [...relativeOf.values()].filter((relative) => tracked.has(relative));
  // Bounded pathspec lists keep the command line well under the system's limit.
  for (let start = 0; start < trackedFiles.length; start += 500) {
    const chunk = trackedFiles.slice(start, start + 500).map((relative) => `:(literal)${relative}`);
    const output = await git(
      ['diff', '--unified=0', '--no-color', '--no-ext-diff', '--no-renames', '--src-prefix=a/', '--dst-prefix=b/', ref, '--', ...chunk],
      topLevel,
      env,
    );
    for (const [file, lines] of parseUnifiedZero(output)) diffs.set(file, lines);
  }

  const changed = new Map<string, ChangedLines>();
  for (const [file, relative] of relativeOf) {
    changed.set(file, tracked.has(relative) ? (diffs.get(relative) ?? new Set()) : 'all');
  }
  return changed;
}

/** Whether a finding touches a changed line. */
export function touchesChangedLine(message: LintMessage, lines: ChangedLines): boolean {
  if (lines === 'all') return true;
  for (let line = message.line; line <= Math.max(message.line, message.endLine); line++) {
    if (lines.has(line)) return true;
  }
  return false;
}
