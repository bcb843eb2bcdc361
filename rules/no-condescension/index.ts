import { after, before, defineRule, findPhrases, isProperNounAt, isQuoted, isVerbatim, matchCase, overlaps, startsSentence } from '../../src/kit/index.js';
import type { Sentence, SuggestionDescriptor } from '../../src/kit/index.js';
import { removalEdit, type Edit } from './edits.js';
import {
  clauseOpeners,
  clearly,
  condescendingPhrases,
  empatheticAfterEasy,
  gentleOrders,
  instructionStart,
  invitation,
  itIsEasy,
  minimizerBeforeWord,
  obviously,
  ofCourse,
  ourLimit,
  readerObligation,
  taskVerbs,
  type Rewrite,
} from './phrases.js';
import { phraseData } from './phrases.data.js';

type MessageId = 'minimizer' | 'knowing' | 'assumedKnowledge' | 'reproach' | 'easy' | 'anyoneCan' | 'doubt' | 'nag' | 'dismissal' | 'mockQuestion' | 'toneOrder' | 'taunt' | 'quip';

export default defineRule({
  meta: {
    id: 'no-condescension',
    description: 'Wording that talks down to the reader: “simply”, “obviously”, “as you should know”, “it’s easy”.',
    level: 'warn',
    fix: 'safe',
    phrases: phraseData,
    messages: {
      minimizer:
        '“{actual}” makes the task sound trivial, so a reader who finds it hard feels slow. Give the step on its own, for example “Update your card in Settings.”',
      knowing:
        '“{actual}” suggests the point is so plain that the reader should have seen it, which talks down to anyone who did not. Leave it out and state the point, for example “You’ll need to log in first.”',
      assumedKnowledge:
        '“{actual}” tells the reader they ought to know this already, so anyone who did not now feels foolish. Give the information plainly, for example “Your plan renews on 3 May.”',
      reproach:
        '“{actual}” points out that the reader missed something you said before, which reads as a telling-off. Repeat the point kindly, for example “As a reminder, your plan renews on 3 May.”',
      easy:
        '“{actual}” judges the effort for the reader: if they struggle, it tells them they are the problem. Show what it takes and let them judge, for example “You can update your card in Settings; it takes about a minute.”',
      anyoneCan:
        '“{actual}” compares the reader to someone who supposedly finds this trivial, so a reader who is stuck feels mocked. Describe the steps instead, for example “Setup takes three steps: …”',
      doubt:
        '“{actual}” doubts that the reader did what they meant to, which reads as an accusation. Ask for the check plainly, for example “Check that the file you chose is an OPML file.”',
      dismissal:
        '“{actual}” sends the reader away, which reads as contempt even when you have to refuse them. Say what they can do instead, for example “Only admins can add bots to this chat. Ask an admin to add it for you.”',
      toneOrder:
        '“{actual}” tells the reader how to feel, which talks down to them even when they are in a hurry. Say what is happening and when they can go on, for example “You can run this command again in 5 seconds.”',
      mockQuestion:
        '“{actual}” answers the reader with a rhetorical question that mocks what they asked for. Say plainly what went wrong and what works, for example “The duration must be more than zero, such as 10m.”',
      quip:
        '“{actual}” answers a refusal with a film’s line, a joke the reader did not ask for when they are stuck. Say plainly what they cannot do and why, for example “You don’t have permission to post here. Ask a moderator for access.”',
      taunt:
        '“{actual}” taunts the reader just when they are refused, punished or short of something, which turns a rule into mockery. State what happened and what they can do, for example “You’ve been muted for 10 minutes for flooding the chat.”',
      nag:
        '“{actual}” scolds the reader for not having done this yet, which reads as a telling-off. Say what it gets them, for example “Add an e-mail address so you can reset your password.”',
      lecture:
        '“{actual}” lectures the reader on how they live or spend, which is not the product’s place and reads as a reprimand. Give the facts and the tools, for example “You’ve used 80% of this month’s budget. See where it went in Reports.”',
    },
  },
  create(context) {
    return {
      sentence(sentence) {
        const taken: [number, number][] = [];
        const report = (messageId: MessageId, start: number, end: number, found: Edit | undefined, safe = false) => {
          // The report and the overlap check cover the edit's range only when the edit can be offered.
          const edit = found && isVerbatim(context.document, sentence, found.start, found.end) ? found : undefined;
          const range: [number, number] = edit ? [Math.min(start, edit.start), Math.max(end, edit.end)] : [start, end];
          if (overlaps(taken, range[0], range[1])) return;
          if (isQuoted(sentence, start, end) || isProperNounAt(sentence, start)) return;
          taken.push(range);
          const actual = sentence.text.slice(start, end).replace(/\s+/g, ' ');
          const suggestions: SuggestionDescriptor[] = edit ? [{ text: edit.text }] : [];
          if (edit && edit.text === '') suggestions[0]!.desc = `Remove “${actual}”.`;
          context.report({
            sentence,
            start: edit?.start ?? start,
            end: edit?.end ?? end,
            messageId,
            data: { actual },
            suggestions,
            safeFix: safe && edit !== undefined,
          });
        };

        // "Simply" before an easy step in a welcome or a verification e-mail reads as kind to careful editors of
        // real copy (none of its findings there were kept). It talks down where the reader is in trouble: a problem
        // notice, or a string that reports a failure ("Payment failed. Simply update your card.").
        if (context.copyOf(sentence).purpose.type === 'problem' || troubleWords.test(sentence.unit.text.replace(/\b(?:no|not a) (?:problem|worries|issue)\b/gi, ''))) checkMinimizers(sentence, report);
        checkPhrases(sentence, report);
        checkEasy(sentence, report);
        checkKnowingAdverbs(sentence, report);
      },
    };
  },
});

/** Words of a failure or a problem in the same string: the reader may be stuck, so the step is not "simple" to them. */
const troubleWords = /\b(?:fail(?:s|ed|ure)?|error|declined|couldn't|could not|can't|cannot|unable|invalid|expired|problem|trouble|wrong|went wrong|didn't work|not working|issue|locked|suspended|overdue|missed|lost)\b/i;

type Report = (messageId: MessageId, start: number, end: number, edit: Edit | undefined, safe?: boolean) => void;

/** "Simply update your card", "just click the link": a minimiser before an instruction. */
function checkMinimizers(sentence: Sentence, report: Report): void {
  for (const match of findPhrases(sentence, minimizerBeforeWord)) {
    const verb = match.groups['verb']!;
    const minimizer = match.groups['minimizer']!;
    if (!taskVerbs.has(verb.text.toLowerCase())) continue;
    if (!clauseOpeners.test(before(sentence, match.start))) continue;
    // "If you wish to keep your account, simply log in", "To return to your cart, just click Saved carts": after a
    // condition or a purpose the reader chose, the word promises a short path to it. Real copy labelled blind reads
    // these as kind; the bare order ("Simply update your card.") is the one that talks down.
    if (/^\s*(?:if|when|whenever|once|to|in order to|should you|whenever you're|when you're)\b[^.!?;:]*,\s*$/i.test(before(sentence, match.start))) continue;
    if (isProperNounAt(sentence, verb.start)) continue;
    // "Simply put, ..." is a turn of phrase, not an instruction.
    if (/^\s*[,:\u2014\u2013]/.test(after(sentence, verb.end))) continue;
    if (invitation.test(after(sentence, verb.start))) continue;
    const edit: Edit = { start: minimizer.start, end: verb.end, text: matchCase(minimizer.text, verb.text) };
    // Removing "simply" or "just" before an order keeps its meaning exactly: a safe fix.
    report('minimizer', minimizer.start, minimizer.end, edit, true);
  }
}

function rewriteFor(sentence: Sentence, rewrite: Rewrite, start: number, end: number): Edit | undefined {
  const actual = sentence.text.slice(start, end);
  switch (rewrite) {
    case 'remove':
      return removalEdit(sentence, start, end);
    case 'reminder': {
      const comma = /^\s*,/.exec(after(sentence, end));
      if (startsSentence(sentence, start) && comma) {
        return { start, end: end + comma[0].length, text: matchCase(actual, 'as a reminder,') };
      }
      return removalEdit(sentence, start, end);
    }
    case 'you-can':
      return { start, end, text: matchCase(actual, 'you can') };
    case 'none':
      return undefined;
  }
}

/** The data-driven phrases: assumed knowledge, reproaches, "any idiot can", "it couldn't be easier". */
function checkPhrases(sentence: Sentence, report: Report): void {
  for (const entry of condescendingPhrases) {
    for (const match of findPhrases(sentence, entry.pattern)) {
      report(entry.messageId, match.start, match.end, rewriteFor(sentence, entry.rewrite, match.start, match.end));
    }
  }
}

/**
 * "It's easy", "it's really simple to switch": a judgement of the reader's effort. Stays silent on "it's easy to
 * miss" (kind), "it's easy for us to fix" (our effort), "It's simple: if you're not happy, we refund you" (a
 * promise, not an instruction) and "it's simple pricing" (describing the product).
 */
function checkEasy(sentence: Sentence, report: Report): void {
  for (const match of findPhrases(sentence, itIsEasy)) {
    const adjective = match.groups['adjective']!;
    if (isProperNounAt(sentence, adjective.start)) continue;
    const rest = after(sentence, match.end);
    const toVerb = /^\s+(?:for\s+(?:you|anyone|everyone|customers)\s+)?to\s+(?<verb>[\p{L}][\p{L}-]*)/u.exec(rest);
    if (toVerb) {
      const task = rest.slice(toVerb[0].length - toVerb.groups!['verb']!.length);
      if (!taskVerbs.has(toVerb.groups!['verb']!) || empatheticAfterEasy.test(task)) continue;
      const end = match.end + toVerb[0].length - toVerb.groups!['verb']!.length;
      const through = sentence.text.slice(match.start, end).trimEnd();
      report('easy', match.start, match.end, rewriteFor(sentence, 'you-can', match.start, match.start + through.length));
      continue;
    }
    const standalone = /^\s*(?:[.!…]|$)/u.test(rest);
    const introducing = /^\s*(?:[:,\u2014\u2013]|\s-)\s*(?<word>[\p{L}][\p{L}'-]*)/u.exec(rest);
    const word = introducing?.groups?.['word'] ?? '';
    const instruction = introducing !== null && (taskVerbs.has(word) || instructionStart.test(word));
    if (standalone || instruction || /^\s+as\s+/.test(rest)) report('easy', match.start, match.end, undefined);
  }
}

/** "Obviously", "clearly" as a sentence adverb, and "of course" next to an obligation laid on the reader. */
function checkKnowingAdverbs(sentence: Sentence, report: Report): void {
  for (const match of findPhrases(sentence, obviously)) {
    if (/\bnot\s+$/.test(before(sentence, match.start))) continue;
    // "We obviously can't wait to see you": about ourselves, not a comment on what the reader knows.
    if (/\b(?:we|we're|we've|we'll|we'd|i|i'm|i've|i'll|i'd)\s+$/.test(before(sentence, match.start))) continue;
    // "Obviously, we love dogs" is about ourselves; "Obviously, we can't refund a used ticket" implies the reader
    // should have known the rule.
    const clause = after(sentence, match.end).split(/[.;:!?\u2014]/)[0] ?? '';
    if (/^\s*,?\s*(?:we|we're|we've|we'll|i|i'm|our)\b/.test(clause) && !ourLimit.test(clause)) continue;
    // "Obviously Good Coffee": the start of a name.
    if (/^ \p{Lu}/u.test(sentence.text.slice(match.end)) && isProperNounAt(sentence, match.end + 1)) continue;
    report('knowing', match.start, match.end, removalEdit(sentence, match.start, match.end));
  }

  for (const match of findPhrases(sentence, clearly.opener)) {
    if (!clauseOpeners.test(before(sentence, match.start))) continue;
    report('knowing', match.start, match.end, removalEdit(sentence, match.start, match.end));
  }
  for (const pattern of [clearly.asStated, clearly.reproach]) {
    for (const match of findPhrases(sentence, pattern)) {
      const adverb = match.groups['adverb']!;
      report('knowing', adverb.start, adverb.end, removalEdit(sentence, adverb.start, adverb.end));
    }
  }

  for (const match of findPhrases(sentence, ofCourse)) {
    const rest = after(sentence, match.end);
    // "Of course!" and "Of course." answer a request warmly.
    if (startsSentence(sentence, match.start) && /^\s*(?:[!.?…]|$)/u.test(rest)) continue;
    // A clause opener, a parenthesis, or right after a modal ("you'll of course need"); not "a change of course".
    if (!/(?:^|[,;:(\u2014\u2013]|\b(?:and|but|so|then|will|'ll|would|'d|must|should|can|need|have|do|are|is|'re|'s|also))\s*$/.test(before(sentence, match.start))) {
      continue;
    }
    const withoutIt = `${before(sentence, match.start)} ${rest}`.replace(/\s*,\s*/g, ' ');
    const nextWord = /^\s*,?\s*(?<word>[\p{L}][\p{L}'-]*)/u.exec(rest)?.groups?.['word'] ?? '';
    // "Of course, check your spam folder first": an order that the reader supposedly knew. "Of course, take your
    // time" is kind and stays silent.
    const opensSentence = startsSentence(sentence, match.start) || /[;:\u2014\u2013]\s*$/.test(before(sentence, match.start));
    const order = opensSentence && ((taskVerbs.has(nextWord) && !gentleOrders.has(nextWord)) || /^(?:please|remember|note|bear)$/.test(nextWord));
    if (!readerObligation.test(withoutIt) && !order) continue;
    report('knowing', match.start, match.end, removalEdit(sentence, match.start, match.end));
  }
}
