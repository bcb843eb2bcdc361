import { defineRule, findPhrases, isBodySentence, isNegated, isSelectionDecision, kickedOut, lastingExclusion, problemNotice, reportMissing, takesInsertion } from '../../src/kit/index.js';
import type { Sentence } from '../../src/kit/index.js';
import { actionVerbs, doneSignals, exampleNextStep, nextStepSignals } from './phrases.js';
import { phraseData } from './phrases.data.js';

/** True when the sentence is an instruction ("Update your card.", "Please reply to this email."). */
function isInstruction(sentence: Sentence): boolean {
  const words = sentence.words.map((word) => word.normal);
  let index = 0;
  while (index < words.length && /^(please|simply|just|kindly|now|then|so|and|or|first|next|finally|x+)$/.test(words[index]!)) index++;
  let first = words[index];
  // "To appeal, reply with a photo." and "If anything looks wrong, call us." lead with a clause.
  // "In the meantime, check your card details." and "Meanwhile, try another card." too.
  if (first && /^(to|if|when|once|for|before|after|whenever|in|meanwhile)$/.test(first)) {
    const comma = sentence.tokens.findIndex((token) => token.value === ',');
    const next = comma === -1 ? -1 : sentence.words.findIndex((word) => word.start > sentence.tokens[comma]!.start);
    if (next === -1) return false;
    index = next;
    // "If you would like to start again, please register."
    while (index < words.length && /^(please|simply|just|kindly|now|then|so)$/.test(words[index]!)) index++;
    first = words[index];
  }
  if (!first || !actionVerbs.has(first)) return false;
  // "Check-in closes at noon" or "Update: the team is on it" are not instructions.
  const after = sentence.normal.slice(sentence.words[index]!.end, sentence.words[index]!.end + 1);
  return after !== '-' && after !== ':';
}

/** True when the sentence gives the reader an action, a contact or a timeline. */
export function givesNextStep(sentence: Sentence, problem?: string): boolean {
  if (sentence.unit.kind === 'subject') return false;
  if (isInstruction(sentence)) return true;
  // After a security incident the reader still has something to do: "it has been resolved" is not enough.
  const signals = problem === 'breach' ? nextStepSignals : [...nextStepSignals, ...doneSignals];
  // "Please do not reply to this email" closes a door rather than opening one; "don't hesitate to contact us" does not.
  return signals.some((pattern) => findPhrases(sentence, pattern).some((match) => !isNegated(sentence, match.start, 2)));
}


export default defineRule({
  meta: {
    id: 'next-step',
    description: 'Problem notices that give the reader no action, contact or timeline.',
    level: 'warn',
    fix: 'suggest',
    cost: 12,
    scope: 'message',
    phrases: phraseData,
    messages: {
      missing:
        'This message tells the reader about {problem} but not what they can do or what happens next, which leaves them stuck and worried. Give an action, a contact or a timeline, for example “{example}”',
    },
  },
  create(context) {
    return {
      done() {
        const notice = problemNotice(context);
        if (!notice || isSelectionDecision(notice) || notice.sentences.some((sentence) => givesNextStep(sentence, notice.kind))) return;
        // A kick from a server, a room or a game ("You've been kicked from the server. Reason: AFK"), with no ban beside it:
        // joining again is the next step, and blind editors keep such notices as they are.
        if (notice.kind === 'suspension' && kickedOut.test(notice.purpose.evidence?.sentence.normal ?? '') && !notice.sentences.some((sentence) => lastingExclusion.test(sentence.normal))) return;
        const body = notice.sentences.filter(isBodySentence);
        const target = notice.purpose.evidence?.sentence ?? body[0] ?? notice.sentences[0];
        if (!target) return;
        // Suggest the next step at the end of the copy, where readers look for it.
        // At the end of the copy, where readers look for it; when a list or a table ends it, after the last paragraph.
        const last = body.at(-1);
        const anchor = body.filter((sentence) => takesInsertion(sentence, context.document.source)).at(-1);
        const where = anchor === last || !anchor ? 'at the end of the message' : `after the sentence “${anchor.text.trim().slice(0, 60)}”`;
        reportMissing(context, notice, target, exampleNextStep[notice.kind], anchor, where);
      },
    };
  },
});
