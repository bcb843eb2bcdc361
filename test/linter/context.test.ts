import { describe, expect, it } from 'vitest';
import {
  clauseBefore,
  firstWins,
  isBodySentence,
  isCommandStart,
  isInCondition,
  isNegated,
  isQuestion,
  isQuoted,
  isVerbatim,
  overlaps,
  previousWord,
  startsSentence,
  toClauseEnd,
} from '../../src/linter/context.js';
import { apostrophesLike } from '../../src/linter/phrases.js';
import { covers, quoteList } from '../../src/linter/retext.js';
import { parseUnit } from '../../src/linter/sentences.js';
import { parseMarkdown } from '../../src/syntax/markdown.js';
import { parseText } from '../../src/syntax/text.js';
import type { Sentence, TextDocument } from '../../src/types.js';

type Syntax = 'text' | 'markdown';

/** Every sentence of a document, as rules see them. */
function sentencesOf(document: TextDocument): Sentence[] {
  const sentences: Sentence[] = [];
  document.units.forEach((unit, index) => sentences.push(...parseUnit(unit, index, sentences.length).sentences));
  return sentences;
}

/**
 * The sentence that holds `words` (which must occur once in the copy), with the words' offsets in it.
 * Template tags are masked in the copy, so `words` is written as the copy reads.
 */
function locate(source: string, words: string, syntax: Syntax = 'text') {
  const document = syntax === 'markdown' ? parseMarkdown(source) : parseText(source);
  const sentences = sentencesOf(document).filter((sentence) => sentence.text.includes(words));
  if (sentences.length !== 1) throw new Error(`“${words}” is in ${sentences.length} sentences of ${JSON.stringify(source)}`);
  const sentence = sentences[0]!;
  const start = sentence.text.indexOf(words);
  return { document, sentence, start, end: start + words.length };
}

/** `[source, words, expected]` rows: the helper's answer for `words` in `source`. */
type Row<T> = [source: string, words: string, expected: T];

function table<T>(name: string, rows: Row<T>[], check: (at: ReturnType<typeof locate>) => T, syntax: Syntax = 'text'): void {
  describe(name, () => {
    for (const [source, words, expected] of rows) {
      it(`${JSON.stringify(source)} at “${words}” → ${JSON.stringify(expected)}`, () => {
        expect(check(locate(source, words, syntax))).toEqual(expected);
      });
    }
  });
}

table<boolean>(
  'isQuoted',
  [
    // Wrapped in quotation marks: a mention.
    ['We never write “sorry for any inconvenience” to customers.', 'sorry for any inconvenience', true],
    ['Avoid "act now" in subject lines.', 'act now', true],
    ["Avoid 'act now' in subject lines.", 'act now', true],
    ['Avoid ‘act now’ in subject lines.', 'act now', true],
    ['Avoid « act now » in subject lines.', 'act now', true],
    ['We never call an outage a “minor glitch”.', 'minor glitch', true],
    ['We never say “minor glitch.”', 'minor glitch', true],
    // Inside a longer quotation, straight or curly, also when it spans sentences.
    ['She said: “It was no big deal at all. Thanks!”', 'no big deal', true],
    ['He wrote "it was no big deal at all" and left.', 'no big deal', true],
    ['“Your parcel was late. You never replied to my emails,” one customer wrote.', 'You never replied', true],
    ['“It was late. Then you never replied. Then I gave up,” she wrote.', 'you never replied', true],
    // A closing mark with no opening one: the quotation began before this paragraph.
    ['so you failed to pay.” That was the complaint.', 'you failed to pay', true],
    // An opening mark never closed runs to the end of the paragraph.
    ['“Act now, she said. Hurry up.', 'Hurry up', true],
    // Not quoted.
    ['Sorry for any inconvenience.', 'any inconvenience', false],
    ["It's the customer's minor glitch, not ours.", 'minor glitch', false],
    ['The customers’ minor glitch is ours to fix.', 'minor glitch', false],
    ['He said “hi”. Then act now appeared.', 'act now', false],
    ['“Hi,” she said. Act now and save.', 'Act now', false],
    ['Avoid "this" and act now.', 'act now', false],
    // A straight double mark after a digit is an inch mark, not a quotation.
    ['Our 15" screen has a minor glitch.', 'minor glitch', false],
    ['Our 15" screen says "act now" in red.', 'act now', true],
  ],
  ({ sentence, start, end }) => isQuoted(sentence, start, end),
);

describe('isQuoted across paragraphs', () => {
  it('counts quotation marks per paragraph, not across the document', () => {
    const at = locate('He said “hi.\n\nAct now and save.', 'Act now');
    expect(isQuoted(at.sentence, at.start, at.end)).toBe(false);
  });
});

table<boolean>(
  'isQuestion',
  [
    ["You didn't get the email?", "didn't", true],
    ['Did you get it?”', 'get it', true],
    ['(Really?)', 'Really', true],
    ["You didn't get the email.", "didn't", false],
    ['Why? Because we care.', 'Because', false],
  ],
  ({ sentence }) => isQuestion(sentence),
);

table<boolean>(
  'startsSentence',
  [
    ['Act now and save.', 'Act now', true],
    ['“Act now,” it says.', 'Act now', true],
    ['🔥 Act now!', 'Act now', true],
    ['¿Por qué no?', 'Por qué', true],
    ['(Act now.)', 'Act now', true],
    ['- Act now', 'Act now', true],
    ['* _Act now_', 'Act now', true],
    ['Please act now.', 'act now', false],
    ['We said, act now.', 'act now', false],
    ['1. Act now', 'Act now', false],
  ],
  ({ sentence, start }) => startsSentence(sentence, start),
);

table<boolean>(
  'isCommandStart',
  [
    ['Act now!', 'Act now', true],
    ['Please act now.', 'act now', true],
    ['Hi Maya, act now.', 'act now', true],
    ['Sale | Last chance', 'Last chance', true],
    ['So hurry!', 'hurry', true],
    ['Quick, 👉 grab yours.', 'grab yours', true],
    ['Spring sale: act now', 'act now', true],
    ['We act now and then.', 'act now', false],
    ['Staff who act now get a bonus.', 'act now', false],
    ['You can hurry if you like.', 'hurry', false],
  ],
  ({ sentence, start }) => isCommandStart(sentence, start),
);

table<boolean>(
  'isNegated (the last three words of the clause)',
  [
    ["You don't need to act now.", 'act now', true],
    ['There is no hurry.', 'hurry', true],
    ['Please do not reply to this email.', 'reply', true],
    ['You never have to decide today.', 'decide today', true],
    ['Order without delay.', 'delay', true],
    ['Not now, but act today.', 'act today', false],
    ["Don't worry about it: act now.", 'act now', false],
    ["You don't need to rush to act now.", 'act now', false],
    ['Act now.', 'Act now', false],
  ],
  ({ sentence, start }) => isNegated(sentence, start),
);

table<boolean>(
  'isNegated within two words',
  [
    ['Please do not reply to this email.', 'reply to this email', true],
    ["Please don't reply to this email.", 'reply to this email', true],
    ["Please don't hesitate to contact us.", 'contact us', false],
  ],
  ({ sentence, start }) => isNegated(sentence, start, 2),
);

table<string>(
  'clauseBefore',
  [
    ["Sorry, if you didn't pay", "didn't pay", ' if you '],
    ['Pay now (or legal action follows)', 'legal action', 'or '],
    ['We will never (ever) send it', 'send it', 'ever) '],
    ['We checked; you missed it', 'missed it', ' you '],
    ['You missed it', 'missed it', 'you '],
  ],
  ({ sentence, start }) => clauseBefore(sentence, start),
);

const conditionMarkers = /(?<![\p{L}'])(?:if|unless|in case)(?![\p{L}])/gu;

table<boolean>(
  'isInCondition',
  [
    ["If you didn't request this, ignore it.", "didn't request", true],
    ['If, by any chance, you forgot to pay, reply.', 'you forgot to pay', true],
    ['If, by any chance at all, you forgot to pay, reply.', 'you forgot to pay', false],
    ['In case you missed it, here it is.', 'missed it', true],
    ['If your card expired last month, you forgot to update it.', 'you forgot to update', false],
    // A condition no longer than an aside is read as one.
    ['If your card expired, you forgot to update it.', 'you forgot to update', true],
    ['You forgot to pay.', 'forgot to pay', false],
    ['If so; you forgot to pay.', 'forgot to pay', false],
  ],
  ({ sentence, start }) => isInCondition(sentence, start, conditionMarkers),
);

table<string>(
  'toClauseEnd',
  [
    ['Are you sure you want to miss out on savings? Fine.', 'miss out', 'miss out on savings?'],
    ['Last chance to save big! Really.', 'save', 'save big'],
    ['Act now; stocks are low.', 'Act now', 'Act now'],
    ['Don’t miss out (seriously).', 'miss out', 'miss out'],
  ],
  ({ sentence, start, end }) => toClauseEnd(sentence, { start, end }).text,
);

table<string>(
  'previousWord',
  [
    ['Here is the code we sent you.', 'you', 'sent'],
    ["Thank you, we've got it.", 'got it', "we've"],
    ['You failed to pay.', 'You', ''],
    ['Sorry, you failed.', 'you', ''],
  ],
  ({ sentence, start }) => previousWord(sentence, start),
);

table<boolean>(
  'isVerbatim (Markdown)',
  [
    ['We apologise for any inconvenience.', 'any inconvenience', true],
    ['We apologise for **any inconvenience**.', 'any inconvenience', true],
    ['We apologise for any **inconvenience**.', 'any inconvenience', false],
    ['We apologise for any\\* inconvenience.', 'any* inconvenience', false],
    ['Hi {{name}}, act now.', 'xxxxxxxx, act now', false],
    ['Hi {{name}}, act now.', 'act now', true],
  ],
  ({ document, sentence, start, end }) => isVerbatim(document, sentence, start, end),
  'markdown',
);

describe('isVerbatim', () => {
  it('treats an empty range (an insertion) as verbatim', () => {
    const at = locate('We apologise for **any** inconvenience.', 'any', 'markdown');
    expect(isVerbatim(at.document, at.sentence, at.start, at.start)).toBe(true);
  });
});

table<boolean>(
  'isBodySentence (Markdown)',
  [
    ['---\nsubject: Your order is late\n---\n\nWe are sorry.', 'Your order is late', false],
    ['# Your order is late\n\nWe are sorry.', 'Your order is late', false],
    ['# Your order is late\n\nWe are sorry.', 'We are sorry', true],
    ['![A late parcel](parcel.png)\n\nWe are sorry.', 'A late parcel', false],
  ],
  ({ sentence }) => isBodySentence(sentence),
  'markdown',
);

describe('overlaps', () => {
  const taken: [number, number][] = [
    [5, 10],
    [20, 25],
  ];
  const rows: [start: number, end: number, expected: boolean][] = [
    [0, 5, false],
    [0, 6, true],
    [9, 12, true],
    [10, 20, false],
    [6, 8, true],
    [0, 30, true],
    [25, 30, false],
  ];
  for (const [start, end, expected] of rows) {
    it(`${start}..${end} → ${expected}`, () => expect(overlaps(taken, start, end)).toBe(expected));
  }
  it('is false when nothing is taken', () => expect(overlaps([], 0, 10)).toBe(false));
});

describe('firstWins', () => {
  it('keeps the earlier candidate of two that overlap, and sorts by position', () => {
    const candidates = [
      { start: 10, end: 20, id: 'strong' },
      { start: 15, end: 25, id: 'weak, overlaps strong' },
      { start: 0, end: 5, id: 'first in the sentence' },
      { start: 20, end: 22, id: 'touches strong only at its end' },
    ];
    expect(firstWins(candidates).map((candidate) => candidate.id)).toEqual(['first in the sentence', 'strong', 'touches strong only at its end']);
  });
  it('returns nothing for nothing', () => expect(firstWins([])).toEqual([]));
});

describe('apostrophesLike', () => {
  const rows: [copy: string, replacement: string, expected: string][] = [
    ['We’re sorry.', "we can't", 'we can’t'],
    ["We're sorry.", "we can't", "we can't"],
    ['We’re sorry, we\'re late.', "we can't", "we can't"],
    ['No apostrophes here.', "we can't", "we can't"],
  ];
  for (const [copy, replacement, expected] of rows) {
    it(`${JSON.stringify(copy)} → ${JSON.stringify(expected)}`, () => expect(apostrophesLike(copy, replacement)).toBe(expected));
  }
});

describe('retext helpers', () => {
  it('quoteList quotes a list for a message', () => {
    expect(quoteList([])).toBe('');
    expect(quoteList(['use'])).toBe('“use”');
    expect(quoteList(['use', 'apply'])).toBe('“use” or “apply”');
    expect(quoteList(['use', 'apply', 'employ'])).toBe('“use”, “apply” or “employ”');
  });
  it('covers is true only for a strictly longer range around the other', () => {
    expect(covers({ start: 0, end: 10 }, { start: 2, end: 8 })).toBe(true);
    expect(covers({ start: 0, end: 10 }, { start: 0, end: 8 })).toBe(true);
    expect(covers({ start: 0, end: 10 }, { start: 0, end: 10 })).toBe(false);
    expect(covers({ start: 2, end: 8 }, { start: 0, end: 10 })).toBe(false);
    expect(covers({ start: 0, end: 5 }, { start: 4, end: 8 })).toBe(false);
  });
});
