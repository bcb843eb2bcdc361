import { compilePhraseEntries, type CompiledPhraseEntry } from '../../src/kit/index.js';
import { phraseData } from './phrases.data.js';

// The phrases and word lists live in phrases.yaml (compiled into phrases.data.ts by `npm run phrases`); this
// module gives the rule its lists in the shape its code uses.

const tables = phraseData.tables as {
  taskVerbs: string[];
  clauseOpeners: string;
  invitation: string;
  ourLimit: string;
  gentleOrders: string[];
  instructionStart: string;
  readerObligation: string;
  empatheticAfterEasy: string;
};

/**
 * Verbs that give the reader a task when used as an imperative ("click the link", "update your card"). A
 * minimiser ("simply", "just") is only read as talking down when it sits before one of these at the start of
 * a clause, so "We just launched dark mode", "just in time" and "just $5" stay silent.
 */
export const taskVerbs: ReadonlySet<string> = new Set(tables.taskVerbs);

/** Words that open a clause, so that "simply" or "just" after them starts an instruction. */
export const clauseOpeners = new RegExp(tables.clauseOpeners);

/** Invitations to contact us ("just reply and we'll sort it") and "just hold tight" are not tasks played down. */
export const invitation = new RegExp(tables.invitation);

/** A rule we hold the reader to: "we can't", "we don't", "we're unable to", "you have to". */
export const ourLimit = new RegExp(tables.ourLimit);

/** Orders that are kind after "of course" ("Of course, take your time"). */
export const gentleOrders: ReadonlySet<string> = new Set(tables.gentleOrders);

/** After "it's easy:" or "it's easy,", an instruction follows ("It's easy: print the label"). */
export const instructionStart = new RegExp(tables.instructionStart);

/** "You need to", "you'll have to", "you must": an obligation laid on the reader. */
export const readerObligation = new RegExp(tables.readerObligation);

/** After "it's easy to": verbs that admit a slip is understandable. "It's easy to miss" is kind, not condescending. */
export const empatheticAfterEasy = new RegExp(tables.empatheticAfterEasy);

/** How a finding's range can be rewritten. */
export type Rewrite =
  /** Drop the phrase (and a comma around it), capitalising the next word at the start of a sentence. */
  | 'remove'
  /** Replace an opening reproach with “As a reminder,”; drop it elsewhere. */
  | 'reminder'
  /** “It’s easy to update” becomes “You can update”. */
  | 'you-can'
  | 'none';

export interface CondescendingPhrase {
  pattern: RegExp;
  messageId: 'assumedKnowledge' | 'reproach' | 'easy' | 'anyoneCan';
  rewrite: Rewrite;
}

const entries = compilePhraseEntries<CondescendingPhrase['messageId'] | 'minimizer' | 'knowing'>(phraseData, 'knowing');

/** The pattern of the entry the rule's code reads by name (`options.use`). */
function used(name: string): RegExp {
  const entry = entries.find((candidate) => candidate.data.options?.['use'] === name);
  if (!entry) throw new Error(`${phraseData.file} has no entry with options.use "${name}"`);
  return entry.pattern;
}

/** Matches a minimiser and the word after it; the word must be a task verb for a finding. */
export const minimizerBeforeWord = used('minimizer-before-word');

/** Uses of "of course" that read as "you should know this"; found only next to an obligation or an order. */
export const ofCourse = used('of-course');

/** "Obviously", anywhere it is used as a comment on the reader's knowledge. */
export const obviously = used('obviously');

/**
 * "Clearly" as a sentence adverb about the reader or the matter at hand; "clearly labelled boxes", "speak clearly"
 * and "Clearly, we got this wrong" (about ourselves) are left alone.
 */
export const clearly = {
  /** "Clearly, ..." or "Clearly you ..." at the start of a clause. */
  opener: used('clearly-opener'),
  /** "as clearly stated in our terms". */
  asStated: used('clearly-as-stated'),
  /** "you clearly didn't read", "you've clearly missed". */
  reproach: used('clearly-reproach'),
};

/** Phrases that tell the reader they should know something, have been told, or face an easy task. */
export const condescendingPhrases: CondescendingPhrase[] = entries
  .filter((entry): entry is CompiledPhraseEntry<CondescendingPhrase['messageId']> => entry.data.options?.['use'] === undefined)
  .map((entry) => ({ pattern: entry.pattern, messageId: entry.messageId, rewrite: entry.data.options?.['rewrite'] as Rewrite }));

/**
 * "It's easy", "it is really simple", "it's quick and easy": the claim is checked against what follows it in
 * code (an instruction, "to" and a task verb, or the end of the sentence).
 */
export const itIsEasy = used('it-is-easy');
