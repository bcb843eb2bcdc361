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
  /**
   * Whether the run exits with 2 for a reason the results may not show (the LLM pass failed under
   * `--llm-strict`); a result with `fatal` says so on its own. SARIF reports it as `executionSuccessful: false`.
   * A `ReportWriter` reads it in `header` and `footer`, when the run is over.
   */
  runFailed?: boolean;
}

/**
 * A formatter is a pure function of the results. Third-party formatters (loaded with `-f ./file.js` or
 * `-f package-name`) may also return a promise of the text.
 */
export type Formatter = (results: LintResult[], context: FormatterContext) => string;

/** What a third-party formatter module may default-export. */
export type ExternalFormatter = (results: LintResult[], context: FormatterContext) => string | Promise<string>;

/**
 * One run's report, written as the results arrive, so that a run need not hold every result until its end.
 * Concatenating `header()`, every `file()` and `footer()` gives exactly what the formatter returns for the
 * same results.
 */
export interface ReportWriter {
  /** The report's text for the next result; results arrive in path order. */
  file(result: LintResult): string;
  /**
   * Text that goes before everything `file` returned, for a format whose opening lists what the run found
   * (SARIF names the rules that reported, and the files that could not be linted). Called once, after the
   * last result; until then the text of `file` is held aside (on disk, by the command line).
   */
  header?(): string;
  /** The end of the report, after the last result (a summary, closing brackets). */
  footer(): string;
}

/** A formatter that writes its report result by result: a fresh writer for each run. */
export type StreamingFormatter = (context: FormatterContext) => ReportWriter;

/** The pure formatter of a streaming one: the whole report for a list of results. */
export function wholeReport(streaming: StreamingFormatter): Formatter {
  return (results, context) => {
    const writer = streaming(context);
    let body = '';
    for (const result of results) body += writer.file(result);
    return (writer.header?.() ?? '') + body + writer.footer();
  };
}
