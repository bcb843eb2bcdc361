import { describe, expect, it } from 'vitest';
import { compilePattern, PatternError } from '../../src/phrases/pattern.js';
import { inflections } from '../../src/phrases/inflect.js';
import { normalize } from '../../src/linter/normalize.js';

/** The matches of a word-level pattern in a text, as written. */
function matches(pattern: string, text: string): string[] {
  const regex = compilePattern(pattern);
  return [...normalize(text).matchAll(regex)].map((match) => text.slice(match.index, match.index + match[0].length));
}

describe('compilePattern', () => {
  it('matches words case-insensitively across any white space and apostrophe style, on word boundaries', () => {
    expect(matches("we don't refund", 'We  DON’T\nrefund orders.')).toEqual(['We  DON’T\nrefund']);
    expect(matches('per our policy', 'Super our policy.')).toEqual([]);
    expect(matches('pay', 'Repay it, pay it, payment.')).toEqual(['pay']);
  });

  it('takes one of several alternatives, each a sequence of words', () => {
    expect(matches('(act now|hurry|do it today)', 'Hurry, act now, or do it today.')).toEqual(['Hurry', 'act now', 'do it today']);
  });

  it('makes words in [ ] optional, at the start, middle and end', () => {
    expect(matches('[please] note that', 'Please note that. Note that.')).toEqual(['Please note that', 'Note that']);
    expect(matches('your [monthly] payment', 'Your payment and your monthly payment.')).toEqual(['Your payment', 'your monthly payment']);
    expect(matches('for any offence [(caused|taken)]', 'For any offence taken, and for any offence.')).toEqual(['For any offence taken', 'for any offence']);
  });

  it('matches every inflection of {word} and word*', () => {
    expect(matches('you {pay} late', 'You pay late. You paid late. You are paying late? You pays late.')).toEqual(['You pay late', 'You paid late', 'You pays late']);
    expect(matches('forget*', 'You forgot, you forgotten, forgetting.')).toEqual(['forgot', 'forgotten', 'forgetting']);
  });

  it('matches a negation with its auxiliary for {not}, and the reader for {you}', () => {
    const found = matches('{you} {not} {pay}', "You didn't pay. You did not pay. You never paid. You haven't paid. You've not paid. You paid.");
    expect(found).toEqual(["You didn't pay", 'You did not pay', 'You never paid', "You haven't paid", "You've not paid"]);
    expect(matches('{you} (missed|forgot)', "You've missed it; you'd forgot; your missed call.")).toEqual(["You've missed", "you'd forgot"]);
  });

  it('fills placeholders: <phrase> stops at a function word, <number>, <word>, <any>', () => {
    expect(matches('your <phrase> is overdue', 'Your last invoice is overdue.')).toEqual(['Your last invoice is overdue']);
    expect(matches('cancel <phrase>', 'Cancel your plan to save.')[0]).toBe('Cancel your plan');
    expect(matches('only <number> left', 'Only 3 left! Only three left. Only $5 left.')).toEqual(['Only 3 left', 'Only three left', 'Only $5 left']);
    expect(matches('our <word> team', 'Our support team, our 24/7 team.')).toEqual(['Our support team']);
    expect(matches('if <any> fails', 'If your card payment fails again.')).toEqual(['If your card payment fails']);
  });

  it('names the words of a placeholder for rewrites', () => {
    const regex = compilePattern('per our <phrase:rule>');
    const match = regex.exec(normalize('Per our refund policy, no.'))!;
    expect(match.groups?.['rule']).toBe('refund policy');
  });

  it('rejects mistakes with the column', () => {
    const error = (pattern: string) => {
      try {
        compilePattern(pattern);
      } catch (caught) {
        expect(caught).toBeInstanceOf(PatternError);
        return `${(caught as PatternError).column}: ${(caught as Error).message}`;
      }
      return 'compiled';
    };
    expect(error('act (now|fast')).toBe('5: ( has no closing )');
    expect(error('act (')).toBe('5: ( has no closing )');
    expect(error('act (now|')).toBe('5: ( has no closing )');
    expect(error('act now)')).toBe('8: ")" has no opening partner');
    expect(error('[please]')).toBe('1: the pattern must hold at least one word that is not optional');
    expect(error('act (now|) please')).toBe('5: an alternative in ( ) is empty; use [ ] for optional words');
    expect(error('our <thing>')).toBe('5: <thing> is not a placeholder; use <word>, <phrase>, <number> or <any>');
    expect(error('<phrase:x> or <phrase:x>')).toBe('15: the name "x" is used twice');
    expect(error('pa*y')).toBe('1: * goes at the end of a word ("pay*")');
  });
});

describe('inflections', () => {
  it('adds regular -s, -ed and -ing forms with their spelling rules', () => {
    expect(inflections('miss')).toEqual(['miss', 'misses', 'missed', 'missing']);
    expect(inflections('apply')).toEqual(['apply', 'applies', 'applied', 'applying']);
    expect(inflections('update')).toEqual(['update', 'updates', 'updated', 'updating']);
    expect(inflections('agree')).toEqual(['agree', 'agrees', 'agreed', 'agreeing']);
    expect(inflections('stop')).toEqual(['stop', 'stops', 'stoped', 'stoping', 'stopped', 'stopping']);
  });

  it('adds the past forms of irregular verbs from the table', () => {
    expect(inflections('pay')).toEqual(expect.arrayContaining(['pay', 'pays', 'paying', 'paid']));
    expect(inflections('forget')).toEqual(expect.arrayContaining(['forgot', 'forgotten', 'forgetting']));
    expect(inflections('be')).toEqual(expect.arrayContaining(['was', 'were', 'been']));
  });
});
