// Types only (and one list), so that src/types.ts can name phrase data without importing code.

/**
 * A condition on a match, by name: `not-question` (the sentence does not ask), `not-after-if` (not inside an
 * "if", "unless" or "whether" clause), `sentence-start` (the match opens the sentence), `lead-in` (it opens a
 * sentence, clause or headline, or follows "please" or "so"), `exclaimed` (an exclamation mark closes its
 * clause), `not-name` (not a capitalised name inside a sentence); or a regular expression that the normalised
 * text just after (`followed-by`, `not-followed-by`) or before (`preceded-by`, `not-preceded-by`) the match must
 * or must not match.
 */
export type PhraseCondition =
  | 'not-question'
  | 'not-after-if'
  | 'sentence-start'
  | 'lead-in'
  | 'exclaimed'
  | 'not-name'
  | { 'followed-by': string }
  | { 'not-followed-by': string }
  | { 'preceded-by': string }
  | { 'not-preceded-by': string };

export const namedConditions = ['not-question', 'not-after-if', 'sentence-start', 'lead-in', 'exclaimed', 'not-name'] as const;

/** One phrase entry as written in a data file (docs/phrases.md). */
export interface PhraseDataEntry {
  /** Stable id, unique in its file: kebab-case. */
  id: string;
  /** A word-level pattern (docs/phrases.md). Exactly one of `pattern` and `regex`. */
  pattern?: string;
  /** The advanced form: a `phrase()` regular expression over normalised text. */
  regex?: string;
  /** The message of the rule this entry reports with (built-in rules with several messages). */
  message?: string;
  /** Every condition must hold for a match to be reported. */
  conditions?: PhraseCondition[];
  /** Report a match even right after a negation ("not", "never"); by default such a match is skipped. */
  reportNegated?: boolean;
  /** What is wrong, why it hurts the reader, and what to write instead (house rules). */
  what?: string;
  why?: string;
  instead?: string;
  /** Rewrites offered as suggestions; `{name}` is filled with the words of `<phrase:name>`, as written. */
  rewrite?: string | string[];
  /** Settings that the rule's own code reads (built-in rules with structural rewrites). */
  options?: Record<string, string | number | boolean>;
  /**
   * Copy this entry must report (`invalid`) and near misses its rule must not report (`valid`), linted as plain
   * text with only the rule on; `ruleOptions` are the rule options to lint them with (for an entry that an
   * option turns on).
   */
  examples: { invalid: string[]; valid?: string[]; ruleOptions?: Record<string, unknown> };
  /** 1-based line of the entry in its file; added by the loader. */
  line?: number;
}

/** A phrase data file: a rule's entries, and tables its code reads. */
export interface PhraseData {
  /** Path of the data file, relative to the package root (or the config file, for house rules). */
  file: string;
  entries: PhraseDataEntry[];
  /**
   * Named pieces of regular expression that `regex` entries (and other fragments) include as `{{name}}`, so that
   * a long alternation ("punitive verbs") is written once and read by name.
   */
  fragments?: Record<string, string>;
  /**
   * Fragments that the rule's code supplies when it compiles the entries, because it derives them from tables
   * (no-blame's verb forms, from its verb table). Named here so that the data can be checked on its own.
   */
  providedFragments?: string[];
  tables?: Record<string, unknown>;
  /**
   * Makes the entries signals of a document rule (what counts as an acknowledgement, a next step): each example
   * is linted after this text, which the rule reports on its own. An invalid example must count (the entry
   * matches it and the rule falls silent); a valid one must not (the rule still reports).
   */
  signalContext?: string;
}

