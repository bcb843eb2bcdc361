import { format } from 'node:util';
import type { RuleEntry } from '../config/resolve.js';

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
