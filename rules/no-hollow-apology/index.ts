import type { z } from 'zod';
import { before, defineRule, findPhrases, isQuoted, lazyZod, matchCase, offersReaderStep, overlaps } from '../../src/kit/index.js';
import type { CopyInfo, PhraseMatch, ReportDescriptor, Sentence } from '../../src/kit/index.js';
import { apologyWord, conditionalApologies, formulaicApologies, vagueNouns, type ApologyRewrite } from './phrases.js';
import { phraseData } from './phrases.data.js';

/** Built on first use: zod loads only when a config gives this rule options. */
const schema = () => {
  const z = lazyZod();
  return z.strictObject({
    /** A stock apology passes when the copy gives a fix; `false` reports every stock apology. */
    allowWithFix: z.boolean(),
  });
};

type Options = z.infer<ReturnType<typeof schema>>;

export default defineRule<Options>({
  meta: {
    id: 'no-hollow-apology',
    description: 'Formulaic or conditional apologies that never name the problem or take ownership of it.',
    level: 'warn',
    fix: 'suggest',
    phrases: phraseData,
    schema,
    defaults: { allowWithFix: true },
    messages: {
      formulaic:
        '“{actual}” is a stock apology: readers have seen it so often that it sounds scripted and hollow. Name what went wrong and what you are doing about it, for example “We’re sorry your order is late; it ships today.”',
      conditional:
        '“{actual}” hedges the apology with an “if”, aims it at the reader’s feelings, or hides who got it wrong, so it reads as shifting the blame. Own the cause instead, for example “We’re sorry we charged you twice.”',
    },
  },
  create(context) {
    // Stock apologies wait for the end of the copy: one that comes with a fix is not hollow.
    const pending: { sentence: Sentence; after: string; report: ReportDescriptor }[] = [];
    return {
      done() {
        for (const { sentence, after, report } of pending) {
          if (!context.options.allowWithFix || !(offersReaderStep(after.replace(politeFormula, '')) || offersFix(sentence, context.sentences(), context.copyOf))) context.report(report);
        }
      },
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
            // A step later in the same sentence counts after a break of clause ("…the inconvenience! Please choose…", "…,
            // please try again later"), not a noun in the apology's own phrase ("…any disruption during the upgrade").
            const rest = /[,;:!—–]\s*(.*)$/s.exec(sentence.normal.slice(match.end))?.[1] ?? '';
            pending.push({ sentence, after: rest, report: {
              sentence,
              start: match.start,
              end: match.end,
              messageId: 'formulaic',
              data: { actual: match.text.replace(/\s+/g, ' ') },
              suggestions: replacement === undefined ? [] : [{ text: matchCase(match.text, replacement) }],
            } });
          }
        }
      },
    };
  },
});

/**
 * What the sender did or will do about the problem ("we have refunded your booking", "we'll send this email again",
 * "service has been restored"), as a later or the same sentence of the copy says it.
 */
const remedy =
  /\b(?:refund(?:ed|s)?|reimburse(?:d|ment)?|credit(?:ed)? (?:to )?your|(?:has|have) been (?:restored|fixed|resolved|rebooked|rescheduled|replaced|reissued|resent|corrected|extended)|(?:send|resend|ship|deliver) (?:it|this|them|this email|a new one|a replacement|your order)? ?again|(?:we|we'll|we will|we've|we have|we are|we're)(?: now| already| still)? (?:fixed|fix|resolved|resolve|restored|restore|replaced|replace|rebooked|rebook|extended|extend|corrected|correct|working on|looking into|investigating|sent you|send you|refunded|refund|issued|issue|credited|credit|waived|waive|cancelled the charge))\b/;

/** A formula of politeness that asks nothing of the reader: "please be advised", "please note", "please accept". */
const politeFormula = /\bplease (?:be advised|be aware|be informed|be notified|note|take note|kindly note|accept|understand|bear with us|excuse)\b/g;

/**
 * The copy around a stock apology gives a fix: a step the reader can take or what the sender is doing about it. In a
 * message it may come anywhere in it; in a UI string, in the same string.
 */
function offersFix(sentence: Sentence, sentences: readonly Sentence[], copyOf: (target: Sentence) => CopyInfo): boolean {
  const info = copyOf(sentence);
  const around = info.kind === 'message' ? sentences.filter((other) => copyOf(other) === info) : sentences.filter((other) => other.unit === sentence.unit);
  // The apology's own sentence counts only for a remedy: its "Please accept our apologies" is no step.
  return around.some(
    (other) => other.unit.kind !== 'subject' && (remedy.test(other.normal) || (other !== sentence && offersReaderStep(other.normal.replace(politeFormula, '')))),
  );
}

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
