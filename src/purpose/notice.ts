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
  'refund-denied': 'a refused request',
  cancellation: 'a cancellation',
  debt: 'money owed',
  'content-removed': 'a post or upload of theirs that was taken down',
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
  // A problem read from structure alone ("the export failed", "we were unable to fetch the log"), with no named
  // kind, is most often an operational alert to a technical user; on real copy labelled blind, these rules were
  // wrong about it more often than right. A problem named by the copy, or set in front matter or config, counts.
  if (purpose.problem === undefined && purpose.source === 'inferred') return undefined;
  return { purpose, kind: purpose.problem ?? 'other', sentences: context.sentences() };
}

/** What a selection turns down: an application, a request to join, a submission, a leave request. */
const selected =
  /\b(?:application|applications|applied|applying|candidacy|request to (?:join|be added|become)|join request|membership request|(?:annual |sick |holiday )?leave (?:request|application)|request for (?:annual |sick |holiday )?leave|leave of absence|time off|roster|submission|submissions|proposal|proposals|nomination)\b/;
/** What the reader is owed or needs, whose refusal leaves them stuck: money, medicine, a loan, a listing. */
const entitled = /\b(?:refund|refunds|return|returns|reimbursement|claim|claims|chargeback|payout|withdrawal|cash-?out|prescription|loan|extension|renewal|listing|item|order|warranty|credit)\b/;

/**
 * A refusal that is a selection decision ("We regret to inform you that your application has been declined", "your
 * request to join the group was not approved", "Leave Request Rejected"): the sender chose among people and owes no
 * next step, as a hiring or a programme committee's letter does. Blind editors called such letters fine; a refused
 * refund, prescription, loan extension or listing still owes one.
 */
export function isSelectionDecision(notice: ProblemNotice): boolean {
  if (notice.kind !== 'refund-denied') return false;
  // What was turned down is named where the refusal is said: the sentence the purpose was read from, or the subject.
  const evidence = notice.purpose.evidence?.sentence;
  const where = evidence ? [evidence.normal, ...notice.sentences.filter((sentence) => sentence.unit.kind === 'subject').map((sentence) => sentence.normal)].join(' ') : '';
  const text = notice.sentences.map((sentence) => sentence.normal).join(' ');
  return selected.test(where) && !entitled.test(text);
}

/**
 * Report (as message `missing`, with `{problem}` and `{example}`) that a problem notice lacks a sentence: on
 * `target`, the sentence that announces the problem, offering `example` as a new sentence after `anchor`;
 * `where` says where it goes ("at the end of the message").
 */
export function reportMissing(context: RuleContext, notice: ProblemNotice, target: Sentence, example: string, anchor: Sentence | undefined, where: string): void {
  // A sentence added to a list item, a table cell or a UI string would break its shape: no suggestion then.
  if (anchor && (!takesInsertion(anchor, context.document.source) || context.copyOf(anchor).kind !== 'message')) anchor = undefined;
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

/** A list marker at the start of a line, in plain text or Markdown ("- ", "* ", "• ", "2. "). */
const listMarker = /(?:^|\n)[ \t]*(?:[-*+•▪‣◦]|\d{1,3}[.)])[ \t]+[^\n]*$/;

/**
 * True when a sentence of prose could be added after `sentence`: it is running copy, not a bullet list item
 * (in plain text, Markdown or HTML `<li>`) or a table cell.
 */
export function takesInsertion(sentence: Sentence, source: string): boolean {
  const { unit } = sentence;
  if (unit.kind === 'table-cell') return false;
  if (listMarker.test(unit.text.slice(0, sentence.start)) || /^[ \t]*(?:[-*+•▪‣◦]|\d{1,3}[.)])[ \t]+/.test(sentence.text)) return false;
  const first = unit.offsets[0];
  if (first === undefined) return true;
  const lineStart = source.lastIndexOf('\n', first - 1) + 1;
  if (/^[ \t>]*(?:[-*+•▪‣◦]|\d{1,3}[.)])[ \t]+/.test(source.slice(lineStart, first + 1))) return false;
  return !/<li\b[^>]*>\s*(?:<(?!\/)[^>]*>\s*)*$/i.test(source.slice(Math.max(0, first - 300), first));
}
