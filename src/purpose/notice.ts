import type { RuleContext, Sentence } from '../types.js';
import type { ProblemKind, PurposeAnalysis } from './index.js';

/**
 * For document-level rules about problem notices (acknowledge-problem, next-step): is the message one, what
 * kind of problem does it announce, and how to report a sentence it lacks.
 */

/** How each kind of problem is named in rule messages ("This message tells the reader about a failed payment"). */
export const problemNames: Record<ProblemKind | 'other', string> = {
  'failed-payment': 'a failed payment',
  'billing-error': 'a billing mistake',
  outage: 'an outage',
  delay: 'a delay',
  'price-rise': 'a price rise',
  suspension: 'a suspended or restricted account',
  breach: 'a security incident',
  'out-of-stock': 'an item that is out of stock',
  'refund-denied': 'a refused refund',
  cancellation: 'a cancellation',
  debt: 'money owed',
  other: 'a problem',
};

/** A problem notice, as a rule sees it from `done()`. */
export interface ProblemNotice {
  purpose: PurposeAnalysis;
  kind: ProblemKind | 'other';
  /** Every sentence of the message. */
  sentences: readonly Sentence[];
}

/** The message as a problem notice, or undefined when it is something else (a promotion, a receipt). Call it from `done()`. */
export function problemNotice(context: RuleContext): ProblemNotice | undefined {
  const purpose = context.purpose();
  if (purpose.type !== 'problem') return undefined;
  return { purpose, kind: purpose.problem ?? 'other', sentences: context.sentences() };
}

/**
 * Report (as message `missing`, with `{problem}` and `{example}`) that a problem notice lacks a sentence: on
 * `target`, the sentence that announces the problem, offering `example` as a new sentence after `anchor`;
 * `where` says where it goes ("at the end of the message").
 */
export function reportMissing(context: RuleContext, notice: ProblemNotice, target: Sentence, example: string, anchor: Sentence | undefined, where: string): void {
  const end = anchor ? anchor.text.trimEnd().length : 0;
  context.report({
    sentence: target,
    start: 0,
    end: target.text.trimEnd().length,
    messageId: 'missing',
    data: { problem: problemNames[notice.kind], example },
    suggestions: anchor ? [{ text: ` ${example}`, desc: `Add “${example}” ${where}.`, at: { sentence: anchor, start: end, end } }] : [],
  });
}
