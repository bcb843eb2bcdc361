import { describe, expect, it } from 'vitest';
import { matchEntries, noWayForward, nothingAfter, offersReaderStep, offersWayForward, shoutedInSentence, type Condition } from '../../src/linter/entries.js';
import { phrase } from '../../src/linter/phrases.js';
import { parseUnit } from '../../src/linter/sentences.js';
import { parseText } from '../../src/syntax/text.js';

/** Whether `condition` holds for the one match of `words` in `source`. */
function holds(condition: Condition, source: string, words: string): boolean {
  const document = parseText(source);
  const sentences = document.units.flatMap((unit, index) => parseUnit(unit, index, 0).sentences);
  const pattern = phrase(words.toLowerCase());
  const found = sentences.flatMap((sentence) => matchEntries(sentence, [{ messageId: 'x', pattern, when: condition }]));
  return found.length > 0;
}

describe('verdict conditions', () => {
  it('offersWayForward: what happens next counts as much as what the reader can do', () => {
    expect(offersWayForward('We will attempt to take payment from your backup source.')).toBe(true);
    expect(offersWayForward('Someone will be in touch shortly.')).toBe(true);
    expect(offersWayForward('Our team will be in touch shortly.')).toBe(true);
    expect(offersWayForward('You will be notified if this fails.')).toBe(true);
    expect(offersWayForward('Please do not hesitate to reach out.')).toBe(true);
    expect(offersReaderStep('We will attempt to take payment from your backup source.')).toBe(false);
  });

  it('offersWayForward: "can" is help, "can\'t" and "cannot" are not', () => {
    expect(offersWayForward('You can reset it.')).toBe(true);
    expect(offersWayForward('It can’t be used.')).toBe(false);
    expect(offersWayForward("It can't be used.")).toBe(false);
    expect(offersWayForward('It cannot be used.')).toBe(false);
    expect(offersWayForward('Change it in your booking.')).toBe(true);
  });

  it('offersReaderStep: an action the reader can take, not a hint about input', () => {
    expect(offersReaderStep('Please sign in again.')).toBe(true);
    expect(offersReaderStep('You can reapply in 30 days.')).toBe(true);
    expect(offersReaderStep('Logins failed between 9 and 10 am.')).toBe(false);
    expect(offersWayForward('Logins failed between 9 and 10 am.')).toBe(true);
    expect(offersReaderStep('Your refund request was denied because the item was used.')).toBe(false);
    expect(offersReaderStep('It can’t be undone.')).toBe(false);
  });

  it('a negated "could" and a request not to reply offer no step', () => {
    for (const check of [offersReaderStep, offersWayForward]) {
      expect(check('Your deposit could not be authorized.')).toBe(false);
      expect(check('We couldn’t reach your bank.'.replace('’', "'"))).toBe(false);
      expect(check('This is an automatic e-mail, please do not reply.')).toBe(false);
      expect(check('Please don’t reply to this message.'.replace('’', "'"))).toBe(false);
      expect(check('You could rebook for Friday.')).toBe(true);
      expect(check('Please reply to this e-mail.')).toBe(true);
      expect(check('Please do not\nreply to this email.')).toBe(false);
      expect(check('Please note that no refund will be issued.')).toBe(false);
      expect(check('Submit an appeal from your dashboard.')).toBe(true);
      expect(check('Your appeal has been denied.')).toBe(false);
    }
  });

  it('shoutedInSentence: the "!" closes the match\'s own sentence, with no turn to another thought', () => {
    expect(holds(shoutedInSentence, 'Invalid promo code!', 'invalid promo code')).toBe(true);
    expect(holds(shoutedInSentence, 'Welcome back!\nThis code is invalid.', 'code is invalid')).toBe(false);
    expect(holds(shoutedInSentence, 'That answer is not correct, but you were close!', 'not correct')).toBe(false);
    expect(holds(shoutedInSentence, 'Invalid name, phone or e-mail!', 'invalid name')).toBe(true);
  });

  it('noWayForward and nothingAfter look at the rest of the sentence and the later sentences of the string', () => {
    expect(holds(noWayForward, 'Your details are incorrect.', 'your details')).toBe(true);
    expect(holds(noWayForward, 'Your details are incorrect. Please check them.', 'your details')).toBe(false);
    expect(holds(noWayForward, 'Your details are incorrect, so try again.', 'your details')).toBe(false);
    expect(holds(nothingAfter, 'Your details are incorrect, so try again.', 'your details')).toBe(true);
    expect(holds(noWayForward, 'Your PIN is incorrect and can’t be used.', 'your pin')).toBe(true);
  });
});
