import { compilePhraseEntries, type Condition } from '../../src/kit/index.js';
import { phraseData } from './phrases.data.js';

// The formulas live in phrases.yaml (compiled into phrases.data.ts by `npm run phrases`); this module gives the
// rule its list in the shape its code uses.

/** What a finding is about; each kind has its own message. */
export type ColdKind =
  | 'greeting'
  | 'valued'
  | 'preamble'
  | 'legalese'
  | 'policy'
  | 'officialese'
  | 'autoReply'
  | 'regret'
  | 'attention'
  | 'unable'
  | 'scripted'
  | 'noReply';

/**
 * How a finding can be rewritten.
 * - `replace`: swap the match for one of `with` (best first). `{name}` stands for the named group `name` as
 *   written, or nothing when the group did not take part. `at: 'line-start'` offers it only when the formula
 *   opens the sentence or line, where the rewrite reads as a new opening.
 * - `drop-opener`: the formula only announces what follows ("Please be advised that your plan renews"), so
 *   it can go. At the start of a line the next word takes the capital ("Your plan renews"); after a comma the
 *   formula and its space are removed. `safe` marks the removal as a fix `--fix` may apply.
 * - `drop-word`: remove a word that adds nothing ("We hereby confirm"), with the space after it.
 */
export type ColdRewrite =
  | { kind: 'replace'; with: string[]; at?: 'line-start' }
  | { kind: 'drop-opener'; safe: boolean }
  | { kind: 'drop-word' };

export interface ColdFormula {
  /** Stable, unique name of the entry (used by tests and when reading the data). */
  id: string;
  kind: ColdKind;
  pattern: RegExp;
  rewrite?: ColdRewrite;
  /** For `legalese`: a concrete before/after shown in the message. */
  example?: string;
  /** The entry is only active when this option is on. */
  option?: 'pleaseNote';
  /** The entry's `conditions` from the data: a match is reported only when they hold. */
  when?: Condition;
}

/** The rewrite of an entry, from its `options` and `rewrite` in the data. */
function rewriteOf(options: Record<string, string | number | boolean>, rewrite: string | string[] | undefined): ColdRewrite | undefined {
  switch (options['rewrite']) {
    case 'replace': {
      const replace: ColdRewrite = { kind: 'replace', with: rewrite === undefined ? [] : [rewrite].flat() };
      if (options['at'] === 'line-start') replace.at = 'line-start';
      return replace;
    }
    case 'drop-opener':
      return { kind: 'drop-opener', safe: options['safe'] === true };
    case 'drop-word':
      return { kind: 'drop-word' };
    default:
      return undefined;
  }
}

/**
 * The formulas, most specific first: when two overlap, the earlier entry wins.
 * Patterns run over the normalised sentence (lower case, straight apostrophes); see `phrase()`.
 */
export const coldFormulas: ColdFormula[] = compilePhraseEntries<ColdKind>(phraseData, 'greeting').map((entry) => {
  const options = entry.data.options ?? {};
  const formula: ColdFormula = { id: entry.id, kind: entry.messageId, pattern: entry.pattern };
  const rewrite = rewriteOf(options, entry.data.rewrite);
  if (rewrite) formula.rewrite = rewrite;
  if (typeof options['example'] === 'string') formula.example = options['example'];
  if (options['option'] === 'pleaseNote') formula.option = 'pleaseNote';
  if (entry.when) formula.when = entry.when;
  return formula;
});

/**
 * Signs that the copy gives the reader another way to reach a person. When a "do not reply" notice sits next
 * to one ("...; write to help@example.com instead"), it is a routing hint, not a dead end.
 */
export const contactPath = new RegExp((phraseData.tables as { contactPath: string }).contactPath);

/** Signs that a "do not reply" note says why: the message was sent by a system ("This is an automated message"). */
export const automatedSender = new RegExp((phraseData.tables as { automatedSender: string }).automatedSender, 'i');
