import type { LintResult, RuleMeta } from '../types.js';

/** What a formatter knows besides the results. */
export interface FormatterContext {
  /** Folder that paths are shown relative to. */
  cwd: string;
  /** Use colour (stylish only). */
  color: boolean;
  /** Metadata of every rule that may appear in the results, by id. */
  rulesMeta: Record<string, RuleMeta<unknown>>;
}

/** A formatter is a pure function of the results. */
export type Formatter = (results: LintResult[], context: FormatterContext) => string;
