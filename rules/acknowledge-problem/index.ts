import { defineRule } from '../../src/linter/define.js';
import { findPhrases } from '../../src/linter/phrases.js';
import type { Sentence } from '../../src/types.js';
import { acknowledgements, exampleAcknowledgement, hollowApology, problemNames } from './phrases.js';

/** The first few words of a sentence, to name it in a suggestion. */
function shorten(text: string): string {
  const words = text.trim().split(/\s+/);
  return words.length <= 7 ? text.trim() : `${words.slice(0, 6).join(' ')}…`;
}

/** True when the sentence acknowledges the reader's situation with more than a stock apology. */
export function acknowledges(sentence: Sentence): boolean {
  const hollow = findPhrases(sentence, hollowApology);
  for (const pattern of acknowledgements) {
    for (const match of findPhrases(sentence, pattern)) {
      // "We apologize for any inconvenience" and "sorry if you felt" are not acknowledgement.
      const isHollow = hollow.some((formula) => formula.start <= match.end + 1 && formula.end >= match.start);
      if (!isHollow) return true;
    }
  }
  return false;
}

export default defineRule({
  meta: {
    id: 'acknowledge-problem',
    description: 'Problem notices that never acknowledge how the problem affects the reader.',
    level: 'warn',
    fix: 'suggest',
    cost: 12,
    messages: {
      missing:
        'This message tells the reader about {problem} but never acknowledges how it affects them, so it reads as cold and scripted. A stock apology does not count. Add one honest sentence, for example “{example}”',
    },
  },
  create(context) {
    return {
      done() {
        const purpose = context.purpose();
        if (purpose.type !== 'problem') return;
        const sentences = context.sentences();
        if (sentences.some(acknowledges)) return;
        const kind = purpose.problem ?? 'other';
        const example = exampleAcknowledgement[kind];
        const target = purpose.evidence?.sentence ?? sentences.find((sentence) => sentence.unit.kind !== 'subject' && sentence.unit.kind !== 'preheader') ?? sentences[0];
        if (!target) return;
        // Point at the sentence that announces the problem, and offer the acknowledgement right after it.
        const inHeader = ['subject', 'preheader', 'heading', 'title', 'alt-text'].includes(target.unit.kind);
        const body = sentences.filter((sentence) => !['subject', 'preheader', 'heading', 'title', 'alt-text'].includes(sentence.unit.kind));
        // After the sentence that announces the problem; from a subject line, after the first real sentence of
        // the body (not the greeting).
        const anchor = inHeader ? body.find((sentence) => sentence.words.length >= 4 && !/,\s*$/.test(sentence.text)) ?? body[0] : target;
        const end = anchor ? anchor.text.trimEnd().length : 0;
        context.report({
          sentence: target,
          start: 0,
          end: target.text.trimEnd().length,
          messageId: 'missing',
          data: { problem: problemNames[kind], example },
          suggestions: anchor ? [{ text: ` ${example}`, desc: `Add “${example}” after the sentence “${shorten(anchor.text)}”.`, at: { sentence: anchor, start: end, end } }] : [],
        });
      },
    };
  },
});
