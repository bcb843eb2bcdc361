import fs from 'node:fs';
import path from 'node:path';
import { format } from 'node:util';
import type { RuleEntry } from '../config/resolve.js';
import { SourceLinter } from '../engine/source.js';

/** Where a server reads and writes, and how it reads copy: the command line's flags that apply to a server too. */
export interface ServerSettings {
  /** Folder that relative paths and the config search start from (for the editor server: when the client names no workspace). */
  cwd: string;
  env: NodeJS.ProcessEnv;
  stdin: NodeJS.ReadableStream;
  stdout: NodeJS.WritableStream;
  /** `--config`: one config file for every document. */
  configFile?: string | undefined;
  /** `--rule`: rule levels that win over every config file. */
  ruleOverrides?: Record<string, RuleEntry> | undefined;
  /** `--no-ignore` sets this to false. */
  useIgnoreFiles?: boolean;
}

/**
 * When a server speaks its protocol on the process's standard output, anything else printed there (a plugin's
 * `console.log`) would corrupt it: send the console to standard error instead, where clients show it as a log.
 */
export function guardStdout(stdout: NodeJS.WritableStream): void {
  if (stdout !== process.stdout) return;
  const toStderr = (...args: unknown[]) => void process.stderr.write(format(...args) + '\n');
  console.log = toStderr;
  console.info = toStderr;
  console.debug = toStderr;
}

/**
 * One `SourceLinter` kept across documents or calls (config files are read once), and dropped when a config file
 * it read has changed on disk since, so that an edited config applies to the next document as it would to the
 * next command line run.
 */
export class FreshSources {
  private sources: SourceLinter | undefined;
  /** Config files read by the current linter, with their modification times then. */
  private readonly times = new Map<string, number>();

  constructor(
    private readonly settings: Omit<ServerSettings, 'stdin' | 'stdout'>,
    /** The folder the config search starts from (the editor server's workspace). */
    public cwd = settings.cwd,
  ) {}

  /** The linter; a new one when a config file changed. */
  get(): SourceLinter {
    if (this.sources && this.changed()) this.reset();
    this.sources ??= new SourceLinter({
      cwd: this.cwd,
      ...(this.settings.env['HOME'] ? { homeDirectory: this.settings.env['HOME'] } : {}),
      ...(this.settings.configFile ? { configFile: this.settings.configFile } : {}),
      ...(this.settings.ruleOverrides ? { ruleOverrides: this.settings.ruleOverrides } : {}),
      ...(this.settings.useIgnoreFiles === false ? { useIgnoreFiles: false } : {}),
    });
    return this.sources;
  }

  /** Forget what was read from config files. */
  reset(): void {
    this.sources = undefined;
    this.times.clear();
  }

  /** Whether a config file read by the current linter changed on disk since. */
  changed(): boolean {
    for (const [file, time] of this.times) {
      let now: number | undefined;
      try {
        now = fs.statSync(file).mtimeMs;
      } catch {
        now = undefined;
      }
      if (now !== time) return true;
    }
    return false;
  }

  /** Watch a config file that the current linter read (or failed to read). */
  note(file: string | undefined): void {
    if (!file || this.times.has(file)) return;
    try {
      this.times.set(file, fs.statSync(file).mtimeMs);
    } catch {
      // Gone already: the next reload finds out.
    }
  }

  /** Whether the current linter read this file. */
  knows(file: string): boolean {
    return this.times.has(file);
  }

  /**
   * Lint a sample once, so that parsers, rule data and the working folder's config and ignore files are loaded
   * before the first real document: the servers call this before they answer the client's handshake, so that
   * every document, the first one too, is answered at the speed of a warm linter. A broken config is left for
   * the real run to report.
   */
  async warmUp(): Promise<void> {
    try {
      const sources = this.get();
      const sample = path.join(this.cwd, 'empathy-lint-warm-up.md');
      await sources.walkIgnorer();
      const linted = await sources.lint(warmUpCopy, sample);
      this.note(linted.plan.loaded.filePath);
    } catch {
      // Reported, with its file and line, when a document is linted.
    }
  }
}

/** Copy that takes the recommended rules, the Markdown parser and front matter through their first run. */
const warmUpCopy = `---
subject: "Action required: your payment did not go through"
---

# We could not take your payment

Dear valued customer, please be advised that you failed to update your card. Act now!!! Only 3 spots left.
Simply click below. Failure to pay will result in your account being suspended. Obviously, we apologize for
any inconvenience. It's just a small fee.

[Update your card](https://example.com/billing) · [No thanks, I like paying more](https://example.com/no)

If you have questions, reply to this email or call 0800 123 4567.
`;
