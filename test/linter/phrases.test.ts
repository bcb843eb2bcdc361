import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findPhrases, phrase, requiredLiteralSets, requiredLiterals } from '../../src/linter/phrases.js';
import { parseUnit } from '../../src/linter/sentences.js';
import type { Sentence } from '../../src/types.js';

function sentenceOf(text: string): Sentence {
  const offsets = Array.from({ length: text.length + 1 }, (_, index) => index);
  return parseUnit({ kind: 'paragraph', text, offsets }, 0, 0).sentences[0]!;
}

describe('requiredLiterals', () => {
  it.each([
    ['abc', ['abc']],
    ['a?bc', ['bc']],
    ['colou?r', ['colo']],
    ['(?:foo|bar)baz', ['baz']],
    ['(?:foo|bar)', ['foo', 'bar']],
    ['(foo|ba?r)', ['foo', 'b']],
    ["you (did not|didn't) pay", ['did not', "didn't"]],
    // A common word tells little: a rarer one is preferred.
    ['you\\s+(?:did|didn\'t)\\s+pay', ['pay']],
    ['(?<who>you|u) (must|have to|need to)', ['must', 'have to', 'need to']],
    ['x(?=abc)y', ['x']],
    ['(?<!abc)xy', ['xy']],
    ['[abc]+de', ['de']],
    // `[]` is an empty class in JavaScript: the `]` after it is a plain character.
    ['[]]de', [']de']],
    ['\\.com', ['.com']],
    ['\\p{L}+ing', ['ing']],
    ['a{2}b', ['b']],
    ['(ab)*cd', ['cd']],
    ['foo\\b', ['foo']],
    ['(?:(?:x|y)z)w', ['z']],
  ])('%s needs one of %j', (source, expected) => {
    expect(requiredLiterals(source)).toEqual(expected);
  });

  it.each([['(a|)'], ['a|.'], ['.*'], ['\\w+'], ['(?:ab)?'], ['[a-z]{3}']])('%s has no required literal', (source) => {
    expect(requiredLiterals(source)).toBeUndefined();
  });

  it('keeps a character outside the Basic Multilingual Plane whole, quantified as one', () => {
    // "a😀?b" matches "ab": the optional emoji must not leave half of itself in a literal.
    expect(requiredLiteralSets('a😀?b', 'u')).toEqual([['b']]);
    expect(requiredLiteralSets('a😀b', 'u')).toEqual([['a😀b']]);
  });

  it('is not worked out for case-insensitive or v-flag expressions', () => {
    expect(requiredLiterals('abc', 'i')).toBeUndefined();
    expect(requiredLiterals('abc', 'v')).toBeUndefined();
  });

  // Small random expressions over a small alphabet, and texts over the same alphabet: whenever an expression
  // matches a text, the text holds one of its required literals. A wrong literal would drop real findings.
  const atom: fc.Arbitrary<string> = fc.letrec((tie) => ({
    atom: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      fc.constantFrom('a', 'b', 'c', ' ', "'", '\\.', '.', '[ab]', '[^a]', '\\s', '\\b'),
      fc.tuple(fc.constantFrom('(', '(?:', '(?<g>'), fc.array(tie('sequence') as fc.Arbitrary<string>, { minLength: 1, maxLength: 3 })).map(([open, branches]) => `${open}${branches.join('|')})`),
      fc.tuple(fc.constantFrom('(?=', '(?!', '(?<=', '(?<!'), tie('sequence') as fc.Arbitrary<string>).map(([open, body]) => `${open}${body})`),
    ),
    quantified: fc.tuple(tie('atom') as fc.Arbitrary<string>, fc.constantFrom('', '', '', '?', '*', '+', '{2}', '{0,2}', '{1,}', '??', '+?')).map(([item, quantifier]) => item + quantifier),
    sequence: fc.array(tie('quantified') as fc.Arbitrary<string>, { minLength: 1, maxLength: 4 }).map((items) => items.join('')),
  })).sequence as fc.Arbitrary<string>;
  const expression = fc.array(atom, { minLength: 1, maxLength: 3 }).map((branches) => branches.join('|'));
  const text = fc.array(fc.constantFrom('a', 'b', 'c', ' ', "'", '.', 'd'), { maxLength: 16 }).map((chars) => chars.join(''));

  it('never names a literal that a match can lack', () => {
    fc.assert(
      fc.property(expression, fc.array(text, { minLength: 1, maxLength: 8 }), (source, texts) => {
        let regex: RegExp;
        try {
          regex = new RegExp(source, 'u');
        } catch {
          return;
        }
        const literals = requiredLiterals(source, 'u');
        if (!literals) return;
        for (const sample of texts) {
          const match = regex.exec(sample);
          if (match) expect(literals.some((literal) => match[0].includes(literal)), `${source} on ${JSON.stringify(sample)}`).toBe(true);
        }
      }),
      { numRuns: 3000 },
    );
  });

  it('keeps every set a match must hold one of: a match holds a literal of each set', () => {
    fc.assert(
      fc.property(expression, fc.array(text, { minLength: 1, maxLength: 8 }), (source, texts) => {
        let regex: RegExp;
        try {
          regex = new RegExp(source, 'u');
        } catch {
          return;
        }
        const sets = requiredLiteralSets(source, 'u');
        if (!sets) return;
        expect(sets[0]).toEqual(requiredLiterals(source, 'u'));
        for (const sample of texts) {
          const match = regex.exec(sample);
          if (!match) continue;
          for (const set of sets) expect(set.some((literal) => match[0].includes(literal)), `${source} on ${JSON.stringify(sample)}`).toBe(true);
        }
      }),
      { numRuns: 3000 },
    );
  });
});

describe('requiredLiteralSets', () => {
  it.each([
    ['your (account|plan) (has been|was) (suspended|closed)', [['suspended', 'closed'], ['your '], ['account', 'plan'], ['has been', 'was']]],
    ['abc', [['abc']]],
    // Of several branches, one set: each branch's literals together.
    ['(?:foo|bar)', [['foo', 'bar']]],
    ['foo bar|baz', [['foo bar', 'baz']]],
    ['you (must|have to) pay', [['you '], [' pay'], ['must', 'have to']]],
    // A common word alone tells too little to be worth a set of its own.
    ['(?:you|we) (?:must|have to) (?:pay)', [['must', 'have to'], ['pay']]],
  ])('%s needs one of each of %j', (source, expected) => {
    expect(requiredLiteralSets(source)).toEqual(expected);
  });
});

describe('findPhrases', () => {
  it('finds the same matches with the literal prefilter as the expression alone', () => {
    const patterns = [
      phrase("you (did not|didn't) pay"),
      phrase('act now'),
      /\b(?:per|as per) our policy\b/g,
      phrase('you(\'re| are) (wrong|mistaken)'),
      // Branches that need different words.
      phrase('overdrawn|over (its|your) limit|pay (now|today) or lose (it|access)'),
    ];
    const texts = [
      "You didn't pay the invoice.",
      'Please act now.',
      'As per our policy, we cannot.',
      "You're wrong about that.",
      'We are ready when you are.',
      'Nothing to see here.',
      'You are over your limit and overdrawn.',
      'Pay now or lose access.',
      'Pay today, or lose nothing: the limit is over there.',
    ];
    for (const text of texts) {
      const sentence = sentenceOf(text);
      for (const pattern of patterns) {
        const expected = [...sentence.normal.matchAll(new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`))].map((match) => match.index);
        expect(findPhrases(sentence, pattern).map((match) => match.start), `${pattern} on ${text}`).toEqual(expected);
      }
    }
  });

  it('stays right for expressions made on the fly, past the number it keeps in its filter', () => {
    const sentence = sentenceOf('Order 5004 is ready, and so is order 7.');
    let found = 0;
    for (let number = 0; number < 5_010; number++) found += findPhrases(sentence, phrase(`order ${number}`)).length;
    expect(found).toBe(2);
    expect(findPhrases(sentence, phrase('order 5004'))).toHaveLength(1);
    expect(findPhrases(sentence, phrase('order 5005'))).toHaveLength(0);
  });

  it('finds every match of a global expression a caller made, whatever its last index or the warm-up run found', () => {
    const sentence = sentenceOf('Pay now, then pay again.');
    const pattern = /\bpay\b/g;
    pattern.lastIndex = 12;
    expect(findPhrases(sentence, pattern).map((match) => match.start)).toEqual([0, 14]);
    // An expression that matches the empty string (the warm-up run on spaces finds one) still reports its real matches.
    const optional = /\s*\bthen\b/g;
    expect(findPhrases(sentence, optional).map((match) => match.text)).toEqual([' then']);
    expect(findPhrases(sentence, pattern).map((match) => match.start)).toEqual([0, 14]);
  });

  it('keeps working when new patterns appear after sentences were scanned', () => {
    const sentence = sentenceOf('Your card was declined, so act fast.');
    expect(findPhrases(sentence, phrase('card was declined'))).toHaveLength(1);
    expect(findPhrases(sentence, phrase('act fast'))).toHaveLength(1);
    expect(findPhrases(sentence, phrase('act slow'))).toHaveLength(0);
  });
});
