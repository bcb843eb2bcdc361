import { defineRule } from '../../src/linter/define.js';
import { findPhrases, matchCase } from '../../src/linter/phrases.js';
import { conditionalApologies, formulaicApologies } from './phrases.js';

export default defineRule({
  meta: {
    id: 'no-hollow-apology',
    description: 'Formulaic or conditional apologies that never name the problem or take ownership of it.',
    level: 'warn',
    fix: 'suggest',
    messages: {
      formulaic:
        '“{actual}” is a stock apology: readers have seen it so often that it sounds scripted and hollow. Name what went wrong and what you are doing about it, for example “We’re sorry your order is late; it ships today.”',
      conditional:
        '“{actual}” apologises for the reader’s reaction, not for what happened, which reads as shifting the blame. Own the cause instead, for example “We’re sorry we charged you twice.”',
    },
  },
  create(context) {
    return {
      sentence(sentence) {
        for (const entry of formulaicApologies) {
          for (const match of findPhrases(sentence, entry.pattern)) {
            context.report({
              sentence,
              start: match.start,
              end: match.end,
              messageId: 'formulaic',
              data: { actual: match.text },
              suggestions: entry.replacement === undefined ? [] : [{ text: matchCase(match.text, entry.replacement) }],
            });
          }
        }
        for (const pattern of conditionalApologies) {
          for (const match of findPhrases(sentence, pattern)) {
            context.report({ sentence, start: match.start, end: match.end, messageId: 'conditional', data: { actual: match.text } });
          }
        }
      },
    };
  },
});
