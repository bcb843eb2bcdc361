import { clauseBefore, findPhrases, isQuoted } from '../../src/kit/index.js';
import type { Sentence } from '../../src/kit/index.js';
import { pattern, table } from './phrases.js';

/**
 * Threats carried by a consequence clause that the phrase lists of no-threat do not name: "…, otherwise we may
 * need to freeze your membership", "remove your domains first otherwise all of them will be deleted", "pay within
 * 14 days, after which your files will be permanently deleted", "we may seek legal recourse", "the administration may elect to delete your account".
 * The patterns and word lists live in phrases.yaml (entries read by id, and tables); this module keeps who does
 * the harm and to what. Patterns run over normalised text (lower case, straight apostrophes).
 */

type Found = { messageId: 'orElse' | 'consequence' | 'legal'; start: number; end: number };

const harm = table('consequenceHarm');
const coercion = table('consequenceCoercion');
const harmless = table('consequenceHarmless');
/** The clause after "otherwise" has a subject (checked by the pattern) and speaks of what will happen. */
const future = table('consequenceFuture');
/**
 * Who does the harm after "otherwise". A threat comes from the writer: "we" as the subject, a deliberate act in the
 * passive, or a harm to the reader's account, service or money. "Otherwise they will be lost", "the printer may
 * stop", "it will expire" are cause and effect: the thing itself fails, nobody acts on the reader.
 */
const writerSubject = table('writerSubject');
const deliberatePassive = table('deliberatePassive');
const readerStake = table('readerStake');
const deadlineBefore = table('deadlineBefore');
const readerDecides = table('readerDecides');
const negation = table('clauseNegation');

const otherwisePattern = pattern('otherwise-consequence');
const afterWhichPattern = pattern('after-which');
const recoursePattern = pattern('seek-legal-recourse');
const electPattern = pattern('may-elect-to');
const beforeWePattern = pattern('before-we');
const ignoreAndPattern = pattern('ignore-and');

/** A sentence that asks the reader to do something, right before the one being read. */
const requestBefore = /(?:^|[.!?]\s)\s*(?:please|kindly|make sure|ensure|remember to)\b[^.!?]*[.!]\s*$|\byou (?:must|need to|should|have to)\b[^.!?]*[.!]\s*$/i;

/** The consequence-clause threats of one sentence, in sentence offsets; the caller resolves overlaps. */
export function findConsequences(sentence: Sentence): Found[] {
  // A question ("Will my files be deleted if I don't pay?") is the reader's, not a threat.
  if (/\?\s*$/.test(sentence.text)) return [];
  const found: Found[] = [];
  const usable = (start: number, end: number) => !isQuoted(sentence, start, end);

  for (const match of findPhrases(sentence, otherwisePattern)) {
    const text = match.text.toLowerCase();
    // "Otherwise" must follow something the reader is asked to do: in the same sentence, or in the sentence just
    // before when it opens its own ("Please keep your card up to date. Otherwise you will be downgraded.").
    if (!usable(match.start, match.end)) continue;
    if (sentence.normal.slice(0, match.start).trim() === '' && !requestBefore.test(sentence.unit.text.slice(Math.max(0, sentence.start - 240), sentence.start))) continue;
    if (!future.test(text) || harmless.test(text) || !(harm.test(text) || coercion.test(text))) continue;
    if (!writerSubject.test(text) && !deliberatePassive.test(text) && !(readerStake.test(text) && harm.test(text))) continue;
    found.push({ messageId: 'orElse', start: match.start, end: match.end });
  }
  for (const match of findPhrases(sentence, afterWhichPattern)) {
    const text = match.text.toLowerCase();
    if (!usable(match.start, match.end) || harmless.test(text) || !harm.test(text)) continue;
    // Only after a deadline on the reader: "pay within 14 days, after which…".
    if (!deadlineBefore.test(sentence.normal.slice(0, match.start))) continue;
    found.push({ messageId: 'consequence', start: match.start, end: match.end });
  }
  for (const match of findPhrases(sentence, beforeWePattern)) {
    const text = match.text.toLowerCase();
    if (!usable(match.start, match.end) || harmless.test(text) || !harm.test(text)) continue;
    // Only after a deadline on the reader: "you have 3 days to reply before we…".
    if (!deadlineBefore.test(sentence.normal.slice(0, match.start))) continue;
    found.push({ messageId: 'consequence', start: match.start, end: match.end });
  }
  for (const match of findPhrases(sentence, ignoreAndPattern)) {
    const text = match.text.toLowerCase();
    // "If you didn't ask for this, ignore this email": advice, whatever follows.
    if (!usable(match.start, match.end) || /\b(?:if|unless|when)\b/.test(sentence.normal.slice(0, match.start))) continue;
    const tail = text.slice(text.indexOf(' and ') + 5);
    if (!future.test(tail) || harmless.test(tail) || !harm.test(tail)) continue;
    if (!writerSubject.test(tail) && !deliberatePassive.test(tail) && !(readerStake.test(tail) && harm.test(tail))) continue;
    found.push({ messageId: 'orElse', start: match.start, end: match.end });
  }
  for (const match of findPhrases(sentence, recoursePattern)) {
    if (!usable(match.start, match.end) || negation.test(clauseBefore(sentence, match.start))) continue;
    // "You can seek legal recourse": the reader's own right.
    if (/\byou\b[^,;:]*\b(?:can|may|could|might|right to|entitled to)\b[^,;:]*$/.test(clauseBefore(sentence, match.start))) continue;
    found.push({ messageId: 'legal', start: match.start, end: match.end });
  }
  for (const match of findPhrases(sentence, electPattern)) {
    const clause = clauseBefore(sentence, match.start);
    if (!usable(match.start, match.end) || negation.test(clause) || readerDecides.test(clause)) continue;
    const end = /^[^,.;:!?]*/.exec(sentence.normal.slice(match.end))?.[0].trimEnd().length ?? 0;
    found.push({ messageId: 'consequence', start: match.start, end: match.end + end });
  }
  return found;
}
