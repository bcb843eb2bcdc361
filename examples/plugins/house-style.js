// A small empathy-lint plugin: a team's own rule, with the same API as the built-in rules.
// Its rules are named after the file: house-style/<rule-id>.
import { defineRule, findPhrases, phrase } from 'empathy-lint/plugin';

const weRegret = phrase("we regret (that|to)");

export default {
  rules: {
    'no-we-regret': defineRule({
      meta: {
        id: 'no-we-regret',
        description: 'Our house style says “we’re sorry” rather than “we regret”.',
        level: 'warn',
        fix: 'suggest',
        messages: {
          regret: '“{actual}” sounds like a press release. Our house style is a plain “We’re sorry”, which reads as a person talking.',
        },
      },
      create(context) {
        return {
          sentence(sentence) {
            for (const match of findPhrases(sentence, weRegret)) {
              context.report({
                sentence,
                start: match.start,
                end: match.end,
                messageId: 'regret',
                data: { actual: match.text },
                suggestions: [{ text: sentence.text[match.start] === 'W' ? 'We’re sorry' : 'we’re sorry' }],
              });
            }
          },
        };
      },
    }),
  },
};
