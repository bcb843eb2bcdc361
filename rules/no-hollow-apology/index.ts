import { before, defineRule, findPhrases, isQuoted, matchCase, overlaps } from '../../src/kit/index.js';
import type { PhraseMatch, Sentence } from '../../src/kit/index.js';
import { apologyWord, conditionalApologies, formulaicApologies, vagueNouns, type ApologyRewrite } from './phrases.js';
import { phraseData } from './phrases.data.js';

export default defineRule({
  meta: {
    id: 'no-hollow-apology',
    description: 'Formulaic or conditional apologies that never name the problem or take ownership of it.',
    level: 'warn',
    fix: 'suggest',
    phrases: phraseData,
    messages: {
      formulaic:
        '“{actual}” is a stock apology: readers have seen it so often that it sounds scripted and hollow. Name what went wrong and what you are doing about it, for example “We’re sorry your order is late; it ships today.”',
      conditional:
        '“{actual}” hedges the apology with an “if”, aims it at the reader’s feelings, or hides who got it wrong, so it reads as shifting the blame. Own the cause instead, for example “We’re sorry we charged you twice.”',
    },
  },
  create(context) {
    return {
      sentence(sentence) {
        const taken: [number, number][] = [];

        for (const pattern of conditionalApologies) {
          for (const match of findPhrases(sentence, pattern)) {
            if (overlaps(taken, match.start, match.end) || isQuoted(sentence, match.start, match.end)) continue;
            taken.push([match.start, match.end]);
            context.report({ sentence, start: match.start, end: match.end, messageId: 'conditional', data: { actual: match.text.replace(/\s+/g, ' ') } });
          }
        }

        const apologises = apologyWord.test(sentence.normal);
        for (const entry of formulaicApologies) {
          if (entry.needsApology && !apologises) continue;
          for (const match of findPhrases(sentence, entry.pattern)) {
            if (overlaps(taken, match.start, match.end) || isQuoted(sentence, match.start, match.end)) continue;
            taken.push([match.start, match.end]);
            // Over markup ("**any inconvenience**") the linter drops the rewrite; the finding stays.
            const replacement = rewrite(sentence, match, entry.rewrite);
            context.report({
              sentence,
              start: match.start,
              end: match.end,
              messageId: 'formulaic',
              data: { actual: match.text.replace(/\s+/g, ' ') },
              suggestions: replacement === undefined ? [] : [{ text: matchCase(match.text, replacement) }],
            });
          }
        }
      },
    };
  },
});

/** "for any inconvenience" -> "for the trouble this caused"; "we regret any confusion" -> "we are sorry for the confusion this caused". */
function rewrite(sentence: Sentence, match: PhraseMatch, kind: ApologyRewrite): string | undefined {
  const noun = vagueNouns[match.groups['noun']!.text.toLowerCase()] ?? 'trouble';
  // A notice sent ahead of planned work apologises for what is still to come.
  const consequence = match.groups['future'] ? `the ${noun} this may cause` : `the ${noun} this caused`;
  if (kind === 'own-it') {
    return `${match.groups['preposition']!.text.toLowerCase()} ${consequence}`;
  }
  const verb = match.groups['verb']!.text.toLowerCase();
  const subject = /\b(we|they|i)\s+$/.exec(before(sentence, match.start))?.[1];
  if (verb === 'regrets') return `is sorry for ${consequence}`;
  if (subject === 'i') return `am sorry for ${consequence}`;
  if (subject) return `are sorry for ${consequence}`;
  return undefined;
}
