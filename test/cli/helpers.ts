/**
 * Helpers for the end-to-end CLI tests: every test spawns the built binary (bin/empathy-lint.js, which loads
 * dist/) in a temporary folder of its own, with a clean environment.
 */
import { spawn, execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, expect } from 'vitest';

export const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
export const bin = path.join(repoRoot, 'bin', 'empathy-lint.js');

if (!fs.existsSync(path.join(repoRoot, 'dist', 'cli', 'cli.js')) || !fs.existsSync(path.join(repoRoot, 'dist', 'rules', 'index.js'))) {
  throw new Error('dist/ is missing: the CLI tests run the built binary, so run `npm run build` first (`npm test` does it for you).');
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
}

/** Run the binary and collect its exit code and output. */
export function runBin(args: string[], options: RunOptions & { home: string; cwd: string }): Promise<RunResult> {
  const env: Record<string, string> = {};
  // A clean environment: no colour settings inherited from the test runner, and HOME set to the temporary
  // folder so that cosmiconfig's search (up to HOME, then HOME/.config/empathy) stays inside it.
  const base: Record<string, string | undefined> = { PATH: process.env['PATH'], HOME: options.home, NO_COLOR: '1', ...options.env };
  for (const [key, value] of Object.entries(base)) if (value !== undefined) env[key] = value;
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bin, ...args], { cwd: options.cwd, env, stdio: ['pipe', 'pipe', 'pipe'] });
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
  });
}

const created: string[] = [];
afterAll(() => {
  for (const dir of created) fs.rmSync(dir, { recursive: true, force: true });
});

/** A temporary project folder with files, and a way to run the binary in it. */
export class Project {
  readonly dir: string;

  constructor(files: Record<string, string | Buffer | object> = {}) {
    this.dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'empathy-cli-')));
    created.push(this.dir);
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

  run(args: string[], options: RunOptions = {}): Promise<RunResult> {
    return runBin(args, { ...options, home: this.dir, cwd: options.cwd ? path.resolve(this.dir, options.cwd) : this.dir });
  }

  /** Run with `-f json` and parse standard output (which must be one JSON document). */
  async json(args: string[], options: RunOptions = {}): Promise<RunResult & { results: JsonResult[] }> {
    const result = await this.run(['-f', 'json', ...args], options);
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

let cachedRules: RuleInfo[] | undefined;

/** The built-in rules, from `--list-rules -f json` (run once per test file). */
export function builtinRules(): RuleInfo[] {
  cachedRules ??= JSON.parse(
    execFileSync(process.execPath, [bin, '--list-rules', '-f', 'json'], { encoding: 'utf8', env: { PATH: process.env['PATH'] ?? '', NO_COLOR: '1' } }),
  ) as RuleInfo[];
  return cachedRules;
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
