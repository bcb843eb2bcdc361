import type { LintResult, RuleMeta } from '../types.js';

/** What a formatter knows besides the results. */
export interface FormatterContext {
  /** Folder that paths are shown relative to. */
  cwd: string;
  /** Use colour (stylish only). */
  color: boolean;
  /** List every file with its score, kind ones too (stylish only; `--verbose`). */
  verbose?: boolean;
  /** Metadata of every rule that may appear in the results, by id. */
  rulesMeta: Record<string, RuleMeta<unknown>>;
  /** empathy-lint's version, for formats that name the tool (SARIF). */
  version?: string;
  /**
   * The text of a linted file as it was read (for standard input, the input), for formats that show the copy
   * itself (`html`); undefined when it cannot be read.
   */
  source?: (filePath: string) => string | undefined;
}

/**
 * A formatter is a pure function of the results. Third-party formatters (loaded with `-f ./file.js` or
 * `-f package-name`) may also return a promise of the text.
 */
export type Formatter = (results: LintResult[], context: FormatterContext) => string;

/** What a third-party formatter module may default-export. */
export type ExternalFormatter = (results: LintResult[], context: FormatterContext) => string | Promise<string>;
