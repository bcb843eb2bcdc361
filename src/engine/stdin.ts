/**
 * `--stdin`: copy from standard input, linted through the source rules as the file `--stdin-filename` names
 * (its config, catalogue globs and overrides), or in the working folder when no name is given, as the syntax its
 * content suggests (HTML, MJML, Markdown with front matter, else plain text).
 */
import path from 'node:path';
import type { RuleEntry } from '../config/resolve.js';
import { toResult } from '../linter/lint.js';
import type { LintResult, TextDocument } from '../types.js';
import { UsageError } from '../usage-error.js';
import { decodeCopy } from './files.js';
import type { FixType } from './lint-job.js';
import { SourceLinter } from './source.js';
import { sniffSyntax } from '../syntax/sniff.js';
import { restoreConventions } from './write-fix.js';

export interface StdinOptions {
  cwd: string;
  /** Where the upward config search stops (default: the process's home folder). */
  homeDirectory?: string | undefined;
  configFile?: string | undefined;
  ruleOverrides?: Record<string, RuleEntry> | undefined;
  /** `--stdin-filename`: picks the config and syntax, and names the input in reports. */
  filename?: string | undefined;
  /** Fixing, for `--stdin --fix-dry-run`. */
  fix?: FixType | undefined;
  /** Keep the parsed document (for the LLM pass). */
  keepDocument?: boolean;
}

/** Standard input, linted. */
export interface LintedStdin {
  result: LintResult;
  text: string;
  /** Whether the input began with a byte order mark (not part of `text`). */
  bom: boolean;
  /** With `fix`: the fixed text in the input's own conventions (byte order mark, line breaks), changed or not. */
  fixed?: string;
  document?: TextDocument;
}

/** Lint (or with `fix`, fix) the bytes of standard input. Unreadable input throws a `UsageError` naming it. */
export async function lintStdin(bytes: Buffer, options: StdinOptions): Promise<LintedStdin> {
  const name = options.filename ?? '<stdin>';
  const outcome = decodeCopy(bytes);
  if (outcome.kind === 'utf-16') throw new UsageError(`${name}: standard input is UTF-16 text, which is not supported; send it as UTF-8`);
  if (outcome.kind === 'binary') throw new UsageError(`${name}: standard input looks like a binary file (it contains NUL bytes)`);
  if (outcome.kind === 'invalid-utf8') throw new UsageError(`${name}: line ${outcome.line} of standard input is not valid UTF-8`);
  if (outcome.kind === 'too-large') throw new UsageError(`${name}: standard input is too large`);
  const filePath = options.filename ? path.resolve(options.cwd, options.filename) : undefined;
  const sources = new SourceLinter({
    cwd: options.cwd,
    ...(options.homeDirectory ? { homeDirectory: options.homeDirectory } : {}),
    ...(options.configFile ? { configFile: options.configFile } : {}),
    ...(options.ruleOverrides ? { ruleOverrides: options.ruleOverrides } : {}),
  });
  const linted = await sources.lint(outcome.text, filePath, {
    fix: options.fix,
    keepDocument: options.keepDocument === true,
    // Text without a name is read as its content suggests.
    ...(filePath ? {} : { syntax: sniffSyntax(outcome.text) }),
  });
  // A parser that can read nothing (an .eml that is not a message) says why, naming the input, as for files.
  if (linted.fatal) throw new UsageError(`${name}: ${linted.fatal}`);
  const result = toResult(filePath ?? name, linted.messages, linted.document);
  return {
    result,
    text: outcome.text,
    bom: outcome.bom,
    ...(options.fix ? { fixed: linted.output === undefined ? outcome.text : restoreConventions(outcome.text, linted.output, false) } : {}),
    ...(linted.parsed ? { document: linted.parsed } : {}),
  };
}
