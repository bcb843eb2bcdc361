import type { z } from 'zod';
import { before, defineRule, findPhrases, isQuoted, lazyZod, matchCase, overlaps } from '../../src/kit/index.js';
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
    description: 'Stock apologies that come with no fix, and conditional apologies that never take ownership of the problem.',
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
        if (pending.length === 0) return;
        // The copy each apology belongs to, worked out once: a message's sentences, or a catalogue entry's own.
        const byCopy = new Map<CopyInfo, Sentence[]>();
        for (const other of context.sentences()) {
          const info = context.copyOf(other);
          let list = byCopy.get(info);
          if (!list) byCopy.set(info, (list = []));
          list.push(other);
        }
        for (const { sentence, after, report } of pending) {
          const around = byCopy.get(context.copyOf(sentence)) ?? [sentence];
          if (!context.options.allowWithFix || !(readerFix.test(after.replace(/\s+/g, ' ')) || offersFix(sentence, around))) context.report(report);
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
 * "service has been restored", "your refund has been issued"), as a later or the same sentence of the copy says it.
 * Not a refusal ("we cannot refund your order", "no refunds").
 */
const remedy =
  /\b(?:(?:refund|replacement|credit)s? (?:has|have|will|is|are)(?: now| already)? (?:been |be |being )?(?:issued|processed|sent|credited|applied|on (?:its|their|the) way)|(?:has|have) been (?:refunded|reimbursed|credited|restored|fixed|resolved|rebooked|rescheduled|replaced|reissued|resent|corrected|extended)|(?:we|we'll|we will|we've|we have|we are|we're|i|i'll|i've|i have)(?: now| already| just)? (?:send|resend|ship|deliver) (?:it|this|them|this email|a new one|a replacement|your order) again|(?:we|we'll|we will|we've|we have|we are|we're)(?: now| already| just)? (?:fixed|fix|resolved|resolve|restored|restore|replaced|replace|rebooked|rebook|extended|extend|corrected|correct|working on|looking into|investigating|refunded|refund|reimbursed|reimburse|issued (?:you )?(?:a|your)|issue (?:you )?(?:a|your)|credited|credit|waived|waive|cancelled the charge))\b/;

/**
 * A step the reader can take: an instruction ("Please try again later", "Contact us", "Visit your account"), what they
 * can do ("You can rebook from your account"), or a contact. Not a polite formula ("Please be patient", "Please accept
 * our apologies") nor a bare "can" or "could" ("Nothing can be done", "This could take a week").
 */
const readerFix =
  /(?:^|[,;:!?.—–]\s*|\b(?:please|kindly|simply|just|then)\s+)(?:try|retry|check|choose|pick|select|reset|update|edit|submit|resubmit|provide|pay|confirm|verify|fill (?:in|out)|upload|register|reapply|reschedule|renew|reactivate|resubscribe|contact|reply|call us|email us|e-mail us|write to|visit|click|tap|sign in|log in|go to|head to|rebook|reorder|refresh|reload|restart|reinstall|download|let us know|get in touch|reach out)\b|\bfeel free to [a-z]|\b(?:reach out|get in touch|get back to you|be in touch|contact you|reply to you|respond to you)\b|\b(?:we|we'll|we will|we're going to|we are going to) (?:review|look into|investigate|check|follow up|be in touch)\b|\byou (?:can|could|may|are welcome to|'re welcome to|will be able to|'ll be able to)\s+(?!not\b|no longer\b|only\b|never\b)[a-z]|\b(?:contact|email|e-mail|call|write to|reach|message) (?:us|our|the (?:support|help|customer))\b|(?<!\b(?:not|n't|never)\s+)\breply to (?:this|our|the)\b/;

/** The copy around a stock apology gives a fix: a step the reader can take or what the sender is doing about it. */
function offersFix(sentence: Sentence, around: readonly Sentence[]): boolean {
  // The apology's own sentence counts only for a remedy: its "Please accept our apologies" is no step.
  return around.some((other) => {
    if (other.unit.kind === 'subject') return false;
    const text = other.normal.replace(/\s+/g, ' ');
    return remedy.test(text) || (other !== sentence && readerFix.test(text));
  });
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
