/**
 * Helpers for the CLI tests. Each test works in a temporary folder of its own, with a clean environment, and
 * runs the command in one of two ways:
 * - `Project.run` calls `run(argv, io)` from src/cli.ts in this process, through the CLI's I/O seam (working
 *   folder, environment, standard input and output): fast, and what most tests use;
 * - `Project.spawn` runs the built binary (bin/empathy-lint.js, which runs the bundle in dist/cli/) as a child
 *   process, for what only a real process shows: the bundle, start-up, crashes, signals, worker threads.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, inject } from 'vitest';
import { run, type CliWriter } from '../../src/cli.js';
import { builtinRules as ruleRegistry } from '../../rules/index.js';

export const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
export const bin = path.join(repoRoot, 'bin', 'empathy-lint.js');

/** The spawned tests run the build: say how to make it rather than failing obscurely. */
export function requireBuild(): void {
  if (!fs.existsSync(path.join(repoRoot, 'dist', 'cli', 'cli.cjs')) || !fs.existsSync(path.join(repoRoot, 'dist', 'rules', 'index.js'))) {
    throw new Error('dist/ is missing: the spawned CLI tests run the built binary, so run `npm run build` first (`npm test` does it for you).');
  }
}

/** The two sentences the tests use; both are reported by `no-hollow-apology`. */
export const FORMULAIC = 'We apologize for any inconvenience this may have caused.';
export const FORMULAIC_PHRASE = 'for any inconvenience this may have caused';
export const CONDITIONAL = 'Sorry if you felt misled.';
export const CONDITIONAL_PHRASE = 'Sorry if you felt';
export const HOLLOW = 'no-hollow-apology';

export interface RunResult {
  code: number | null;
  stdout: string;
  stderr: string;
  /** Milliseconds the process took. */
  ms: number;
}

export interface RunOptions {
  /** Working folder; relative paths are taken from the project folder. */
  cwd?: string;
  /** Written to standard input (which is closed either way). */
  input?: string | Buffer;
  /** Extra variables; `undefined` removes one (e.g. `{ NO_COLOR: undefined }`). */
  env?: Record<string, string | undefined>;
  /** In-process runs only: standard output and error say they are a terminal. */
  tty?: boolean;
}

/**
 * The environment a test run sees: PATH, HOME set to the project folder (so that cosmiconfig's upward search
 * stops there and its global config stays inside it), no colour, plus `extra` (`undefined` removes a variable).
 */
function cleanEnv(home: string, extra: Record<string, string | undefined> = {}): Record<string, string> {
  const env: Record<string, string> = {};
  const base: Record<string, string | undefined> = { PATH: process.env['PATH'], HOME: home, NO_COLOR: '1', ...extra };
  for (const [key, value] of Object.entries(base)) if (value !== undefined) env[key] = value;
  return env;
}

/** Run the built binary (or `script`, a copy of it) in a child process and collect its exit code and output. */
export function runBin(
  args: string[],
  options: RunOptions & { home: string; cwd: string; script?: string; onSpawn?: (child: ChildProcess) => void; user?: OtherUser },
): Promise<RunResult> {
  requireBuild();
  const env = cleanEnv(options.home, options.env);
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [options.script ?? bin, ...args], {
      cwd: options.cwd,
      env,
      stdio: ['pipe', 'pipe', 'pipe'],
      ...(options.user ? { uid: options.user.uid, gid: options.user.gid } : {}),
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
    child.on('error', reject);
    child.on('close', (code) =>
      resolve({ code, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8'), ms: Date.now() - started }),
    );
    child.stdin.on('error', () => {
      /* the CLI may exit before reading standard input */
    });
    child.stdin.end(options.input ?? '');
    options.onSpawn?.(child);
  });
}

/** A user account without privileges, to run the binary as (see `otherUser`). */
export interface OtherUser {
  name: string;
  uid: number;
  gid: number;
}

const otherUserName = 'empathy-lint-test';
let otherUserCache: OtherUser | string | undefined;

/**
 * A user without privileges for the tests where root behaves differently (permissions, owners): as root, the
 * account `empathy-lint-test` (made with useradd when missing); as anyone else, nobody, since the tests then
 * run unprivileged already. Returns a sentence saying why not, for `skip`, when there is none.
 */
export function otherUser(): OtherUser | string {
  if (otherUserCache !== undefined) return otherUserCache;
  if (process.getuid?.() !== 0) return (otherUserCache = 'the tests run unprivileged already; a second user needs root to make');
  const lookup = (): OtherUser | undefined => {
    try {
      const uid = Number(execFileSync('id', ['-u', otherUserName], { stdio: ['ignore', 'pipe', 'ignore'] }).toString().trim());
      const gid = Number(execFileSync('id', ['-g', otherUserName], { stdio: ['ignore', 'pipe', 'ignore'] }).toString().trim());
      return { name: otherUserName, uid, gid };
    } catch {
      return undefined;
    }
  };
  let user = lookup();
  if (!user) {
    try {
      execFileSync('useradd', ['--system', '--no-create-home', '--shell', '/usr/sbin/nologin', otherUserName], { stdio: 'ignore' });
    } catch (error) {
      return (otherUserCache = `cannot make the user ${otherUserName} (${error instanceof Error ? error.message.split('\n')[0] : String(error)})`);
    }
    user = lookup();
  }
  return (otherUserCache = user ?? `the user ${otherUserName} could not be found after useradd`);
}

/** A writer that keeps what the CLI writes. */
class Collector implements CliWriter {
  text = '';
  constructor(readonly isTTY: boolean) {}
  write(text: string): boolean {
    this.text += text;
    return true;
  }
}

/**
 * Run the CLI in this process through its I/O seam, as the binary would run it: a crash that escapes `run`
 * becomes one line on stderr and exit 2, as bin/empathy-lint.js does.
 */
export async function runInProcess(args: string[], options: RunOptions & { home: string; cwd: string }): Promise<RunResult> {
  const stdout = new Collector(options.tty === true);
  const stderr = new Collector(options.tty === true);
  const started = Date.now();
  let code: number;
  try {
    code = await run(args, { cwd: options.cwd, env: cleanEnv(options.home, options.env), stdout, stderr, stdin: options.input ?? '' });
  } catch (error) {
    stderr.write(`empathy-lint: ${error instanceof Error ? error.message : String(error)}\n`);
    code = 2;
  }
  return { code, stdout: stdout.text, stderr: stderr.text, ms: Date.now() - started };
}


/** A temporary project folder with files, and a way to run the binary in it. */
export class Project {
  readonly dir: string;

  constructor(files: Record<string, string | Buffer | object> = {}) {
    // Inside the run's temporary folder, which is removed when the run ends (test/global-setup.ts).
    this.dir = fs.realpathSync(fs.mkdtempSync(path.join(inject('temporaryRoot'), 'empathy-cli-')));
    this.write(files);
  }

  /** Write files (parent folders are created). Objects are written as JSON. */
  write(files: Record<string, string | Buffer | object>): this {
    for (const [name, content] of Object.entries(files)) {
      const file = this.path(name);
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.writeFileSync(file, typeof content === 'string' || Buffer.isBuffer(content) ? content : JSON.stringify(content, null, 2) + '\n');
    }
    return this;
  }

  path(...parts: string[]): string {
    return path.join(this.dir, ...parts);
  }

  read(name: string): string {
    return fs.readFileSync(this.path(name), 'utf8');
  }

  /** Run the CLI in this process (see `runInProcess`). */
  run(args: string[], options: RunOptions = {}): Promise<RunResult> {
    return runInProcess(args, { ...options, home: this.dir, cwd: options.cwd ? path.resolve(this.dir, options.cwd) : this.dir });
  }

  /** Run the built binary in a child process (see `runBin`). */
  spawn(args: string[], options: RunOptions & { onSpawn?: (child: ChildProcess) => void } = {}): Promise<RunResult> {
    return runBin(args, { ...options, home: this.dir, cwd: options.cwd ? path.resolve(this.dir, options.cwd) : this.dir });
  }

  /**
   * Run the built binary as another user (see `otherUser`). The project's folder and the folders above it up to
   * the run's temporary folder become readable (r and x for group and others) and the project's files readable by that user; what
   * else it may write is up to the test.
   */
  spawnAs(user: OtherUser, args: string[], options: RunOptions = {}): Promise<RunResult> {
    const root = inject('temporaryRoot');
    for (let folder = this.dir; folder.startsWith(root); folder = path.dirname(folder)) {
      fs.chmodSync(folder, fs.statSync(folder).mode | 0o055);
      if (folder === root) break;
    }
    return runBin(args, { ...options, home: this.dir, cwd: options.cwd ? path.resolve(this.dir, options.cwd) : this.dir, user });
  }

  /** Run with `-f json` and parse standard output (which must be one JSON document); `spawn` runs the binary. */
  async json(args: string[], options: RunOptions & { spawn?: boolean } = {}): Promise<RunResult & { results: JsonResult[] }> {
    const { spawn: spawned, ...rest } = options;
    const result = spawned ? await this.spawn(['-f', 'json', ...args], rest) : await this.run(['-f', 'json', ...args], rest);
    let results: JsonResult[];
    try {
      results = JSON.parse(result.stdout) as JsonResult[];
    } catch {
      throw new Error(`stdout is not JSON (exit ${result.code}):\n${result.stdout}\nstderr:\n${result.stderr}`);
    }
    return { ...result, results };
  }
}

export interface JsonMessage {
  ruleId: string | null;
  severity: 1 | 2;
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  messageId?: string;
  suggestions?: { desc: string; fix: { range: [number, number]; text: string } }[];
}

export interface JsonResult {
  filePath: string;
  errorCount: number;
  warningCount: number;
  messages: JsonMessage[];
  skipped?: string;
  fatal?: string;
  score?: number;
  scoreBreakdown?: { ruleId: string; count: number; cost: number }[];
  purpose?: { type: string; problem?: string; source: string };
}

export interface RuleInfo {
  id: string;
  level: 'off' | 'warn' | 'error';
  strictLevel: 'off' | 'warn' | 'error';
  description: string;
}

/** The built-in rules as `--list-rules -f json` lists them (commands.test.ts checks that it does). */
export function builtinRules(): RuleInfo[] {
  return [...ruleRegistry.values()].map((rule) => ({
    id: rule.meta.id,
    level: rule.meta.level,
    strictLevel: rule.meta.strictLevel ?? (rule.meta.level === 'off' ? 'off' : 'error'),
    description: rule.meta.description,
  }));
}

/** Built-in rule ids. */
export function builtinRuleIds(): string[] {
  return builtinRules().map((rule) => rule.id);
}

/**
 * `rules` that turn every built-in rule off except `no-hollow-apology` (at `level`), so a test can assert an
 * exact message list while other rules are still being written.
 */
export function onlyHollow(level: 'warn' | 'error' | 'off' = 'warn', extra: Record<string, unknown> = {}): Record<string, unknown> {
  return { ...Object.fromEntries(builtinRuleIds().map((id) => [id, id === HOLLOW ? level : 'off'])), ...extra };
}

/** The same as YAML lines under `rules:` (two-space indent), for YAML config files. */
export function onlyHollowYaml(level: 'warn' | 'error' | 'off' = 'warn'): string {
  return Object.entries(onlyHollow(level))
    .map(([id, value]) => `  ${id}: ${String(value)}\n`)
    .join('');
}

/** Messages reduced to what the tests compare exactly (the wording belongs to the rule authors). */
export function brief(messages: JsonMessage[]): [string | null, string | undefined, number, number, number, number, number][] {
  return messages.map((message) => [message.ruleId, message.messageId, message.severity, message.line, message.column, message.endLine, message.endColumn]);
}

/** Assert the usage/config/runtime error contract: exit 2, nothing on stdout, one line on stderr. */
export function expectOneLineError(result: RunResult, pattern?: RegExp | string): string {
  expect(result.code, result.stderr).toBe(2);
  expect(result.stdout).toBe('');
  expect(result.stderr).toMatch(/^empathy-lint: [^\n]+\n$/);
  expect(result.stderr).not.toMatch(/\n\s+at /);
  if (typeof pattern === 'string') expect(result.stderr).toBe(`empathy-lint: ${pattern}\n`);
  else if (pattern) expect(result.stderr).toMatch(pattern);
  return result.stderr;
}

// eslint-disable-next-line no-control-regex
export const ANSI = /\u001b\[/;

/** Escape a string for use in a RegExp. */
export function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
