import type { z } from 'zod';
import { defineRule, lazyZod } from '../../src/kit/index.js';
import type { Sentence } from '../../src/kit/index.js';
import { companyWords, readerWords } from './phrases.js';
import { phraseData } from './phrases.data.js';

/** Built on first use: zod loads only when a config gives this rule options. */
const schema = () => {
  const z = lazyZod();
  return z.strictObject({
    /** How many company words per reader word are too many. */
    ratio: z.number().positive(),
    /** Copy shorter than this many words is not judged: a two-line note can say "we" freely. */
    minWords: z.number().int().nonnegative(),
    /** At least this many company words before the rule speaks. */
    minCompanyWords: z.number().int().nonnegative(),
  });
};

type Options = z.infer<ReturnType<typeof schema>>;

function count(sentence: Sentence, words: ReadonlySet<string>): number {
  let total = 0;
  for (const word of sentence.words) if (words.has(word.normal)) total++;
  return total;
}

export default defineRule<Options>({
  meta: {
    id: 'reader-focus',
    description: 'Copy that talks about “we” and “our” far more than about “you” and “your”.',
    level: 'warn',
    fix: 'suggest',
    cost: 6,
    scope: 'message',
    phrases: phraseData,
    schema,
    defaults: { ratio: 3, minWords: 80, minCompanyWords: 6 },
    messages: {
      companyCentred:
        'This copy says “we”, “our” or “us” {company} times and “you” or “your” only {reader} times, so it talks about the company instead of to the reader. Rewrite a few sentences from the reader’s side, for example “You can now pay in one tap” instead of “We have launched one-tap payments”.',
    },
  },
  create(context) {
    return {
      done() {
        const sentences = context.sentences().filter((sentence) => sentence.unit.kind !== 'alt-text');
        let words = 0;
        let company = 0;
        let reader = 0;
        let busiest: Sentence | undefined;
        let busiestCount = 0;
        for (const sentence of sentences) {
          words += sentence.words.length;
          const ours = count(sentence, companyWords);
          company += ours;
          reader += count(sentence, readerWords);
          if (ours > busiestCount) {
            busiest = sentence;
            busiestCount = ours;
          }
        }
        const { ratio, minWords, minCompanyWords } = context.options;
        if (!busiest || words < minWords || company < minCompanyWords || company <= ratio * reader) return;
        context.report({
          sentence: busiest,
          start: 0,
          end: busiest.text.trimEnd().length,
          messageId: 'companyCentred',
          data: { company, reader },
        });
      },
    };
  },
});
