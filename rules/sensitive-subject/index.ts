import { defineRule, findPhrases } from '../../src/kit/index.js';
import type { Sentence } from '../../src/kit/index.js';
import { neutralSubject, sensitivePhrases } from './phrases.js';
import { phraseData } from './phrases.data.js';

const places: Record<string, string> = { subject: 'subject line', preheader: 'preheader', opening: 'opening line' };

/** Catalogue keys of copy that reaches an inbox or a lock screen: mail, notifications, text messages, reminders. */
const exposedKey = /(?:^|[._\-\]"\[])(?:e-?mails?|mail(?:er|s)?|notifications?|notify|newsletters?|sms|texts?|push|reminders?|alerts?|messages?|subject|preheader|preview|templates?)(?:$|[._\-["\]]|\d)/i;

export default defineRule({
  meta: {
    id: 'sensitive-subject',
    description: 'Stigmatised details (debt, diagnoses, test results, pregnancy, medication) where others may see them.',
    level: 'warn',
    fix: 'suggest',
    cost: 10,
    scope: 'message',
    phrases: phraseData,
    messages: {
      exposed:
        '“{actual}” is in the {place}, which shows in inbox lists, notifications and lock screens where others may see it. Keep the details behind the login and use a neutral line, for example “{example}”.',
    },
  },
  create(context) {
    /** The opening line: the first sentence that is not the subject or preheader. */
    let opening: Sentence | undefined;
    const check = (sentence: Sentence, place: string) => {
      for (const { topic, pattern } of sensitivePhrases) {
        const match = findPhrases(sentence, pattern)[0];
        if (!match) continue;
        context.report({
          sentence,
          start: match.start,
          end: match.end,
          messageId: 'exposed',
          data: { actual: match.text, place, example: neutralSubject[topic] },
          suggestions: place === 'subject line' ? [{ text: neutralSubject[topic], desc: `Use “${neutralSubject[topic]}” as the subject.`, at: { sentence, start: 0, end: sentence.text.trimEnd().length } }] : [],
        });
        return;
      }
    };
    return {
      sentence(sentence) {
        const kind = sentence.unit.kind;
        if (kind === 'subject' || kind === 'preheader') {
          check(sentence, places[kind]!);
        } else if (!opening && kind !== 'alt-text') {
          opening = sentence;
          // A catalogue entry that is not mail (an FAQ answer, a help text) never shows in an inbox list or on a lock
          // screen: its opening line exposes nothing. An entry keyed as mail, a notification or a text message does.
          if (context.document.syntax === 'catalog' && !exposedKey.test(sentence.unit.label ?? '')) return;
          check(sentence, places['opening']!);
        }
      },
    };
  },
});
