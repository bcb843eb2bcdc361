import { findPhrases, isQuoted, matchCase, overlaps, phrase, startsSentence, toClauseEnd } from '../../src/kit/index.js';
import type { RuleContext, Sentence } from '../../src/kit/index.js';
import { phraseData } from './phrases.data.js';

/**
 * Confirmshaming told by its shape rather than by the benefit it names: a decline option ("No thanks", "Nope",
 * "I'll pass", "Skip") followed by a first-person clause that mocks the reader's own choice ("I'd rather…",
 * "I don't plan on growing my shop", "I enjoy doing things the hard way", "I'm sure I'll manage"). A plain
 * reason ("I'm not interested", "I don't want these e-mails", "I already have an account") is a decline, not
 * a joke at the reader's expense. The word lists are tables of phrases.yaml; the shape is code. Patterns run
 * over normalised text (lower case, straight apostrophes).
 */

/** A table of phrases.yaml: one regular expression, or a list of alternatives joined into one. */
function table(name: string): string {
  const value = phraseData.tables?.[name];
  if (typeof value === 'string') return value;
  if (Array.isArray(value) && value.every((part) => typeof part === 'string')) return value.join('|');
  throw new Error(`${phraseData.file} has no table "${name}" (a regular expression, or a list of them), which rules/no-guilt-trip/decline-shape.ts reads`);
}

const decline = table('decline');
/** The decline, its punctuation, and a first-person clause: "No thanks – I'd rather…". */
// The decline opens its line; markup around it ("<a href=…>No thanks</a> – …") arrives masked as white space.
// "I'll pass on free shipping": after a pass, what is passed on is the clause.
const declineThenClause = phrase(`(?<decline>${decline}) ?[,.!:;—–-]* ?(?<clause>(?:i|i'm|i'd|i'll|i've|i am|i would|i will|my|me)\\b|(?<=pass )on\\b)`);
/** A decline standing alone as its own sentence, so that the next sentence is its reason. */
const declineAlone = new RegExp(`^["'*_\\s]*${decline}\\s*[.!]?\\s*$`, 'u');
/**
 * A decline that opens the sentence before, whatever follows it ("No thanks, continue to my order."): the next
 * sentence may still be the mocking part ("I understand I'll never see this again.").
 */
const declineLead = new RegExp(`^["'*_\\s]*(?:no|nope|nah)(?:,? (?:thanks|thank you))?\\s*[,.!:;—–-]`, 'u');
const clauseStart = phrase("(?:i|i'm|i'd|i'll|i am|i would|i will)(?= )");

/** A reason that simply declines: no interest, no need for this one thing, already has it, not now. */
const plainReason = new RegExp(table('plainReason'));
/** Words of stance ("I'd rather", "I'm sure"): a plain preference as often as a joke. */
const stance = new RegExp(table('stance'));
/** A loss, an effort or a failure: with a stance, it mocks ("I'd rather pay full price"). */
const selfDefeat = new RegExp(`\\b(?:${table('selfDefeat')})\\b`);
/** What a plain preference names instead: a channel, a way to pay, what the reader has, a later time. */
const plainAlternative = new RegExp(table('plainAlternative'));
/** What turns a first-person reason into self-mockery. */
const mockery = new RegExp(table('mockery'));

/** The first-person clause after a decline reads as self-mockery, not a plain reason. */
function mocks(clause: string): boolean {
  const text = clause.replace(/\s+/g, ' ').trim();
  if (plainReason.test(text)) return false;
  if (mockery.test(text)) return true;
  if (!stance.test(text)) return false;
  // A stance with a loss or an effort mocks; with a plain alternative (a channel, a way to pay, what the reader
  // already has, a later time) it is a preference; with neither, the stance alone carries the joke.
  return selfDefeat.test(text) || !plainAlternative.test(text);
}

/**
 * Report confirmshaming by shape in `sentence`, from the decline to the end of the mocking clause. A decline in
 * its own sentence just before (`earlier`) counts too: "No thanks. I'd rather pay full price." Ranges already
 * reported by other patterns (`taken`, sentence offsets) are skipped.
 */
export function reportDeclineShape(context: RuleContext, sentence: Sentence, earlier: Sentence | undefined, taken: [number, number][]): void {
  const found: { unitStart: number; start: number; end: number }[] = [];
  for (const match of findPhrases(sentence, declineThenClause)) {
    const clause = match.groups['clause'];
    if (!clause || !startsSentence(sentence, match.start) || isQuoted(sentence, match.start, match.end)) continue;
    const end = toClauseEnd(sentence, { start: clause.start, end: clause.end }).end;
    if (mocks(sentence.normal.slice(clause.start, end))) found.push({ unitStart: sentence.start + match.start, start: match.start, end });
  }
  if (found.length === 0 && earlier && (declineAlone.test(earlier.normal) || declineLead.test(earlier.normal))) {
    const match = findPhrases(sentence, clauseStart)[0];
    if (match && startsSentence(sentence, match.start)) {
      const end = toClauseEnd(sentence, match).end;
      if (mocks(sentence.normal.slice(match.start, end))) found.push({ unitStart: earlier.start + earlier.text.search(/\p{L}/u), start: match.start, end });
    }
  }
  for (const { unitStart, start, end } of found) {
    if (overlaps(taken, start, end)) continue;
    taken.push([start, end]);
    reportConfirmshaming(context, sentence, unitStart, end);
  }
}

/**
 * Report a confirmshaming decline from `unitStart` (unit offsets: it may start in the sentence before, "No thanks.
 * I hate free stuff.") to `end` (sentence offsets), suggesting a plain "No thanks".
 */
export function reportConfirmshaming(context: RuleContext, sentence: Sentence, unitStart: number, end: number): void {
  const unitEnd = sentence.start + end;
  const actual = sentence.unit.text.slice(unitStart, unitEnd);
  context.report({
    unit: sentence.unit,
    start: unitStart,
    end: unitEnd,
    messageId: 'confirmshaming',
    data: { actual: actual.replace(/\s+/g, ' ') },
    suggestions: [{ text: matchCase(actual, 'no thanks') }],
  });
}
