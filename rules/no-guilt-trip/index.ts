import { defineRule, findPhrases, isQuoted, matchEntries, overlaps, reportEntries, startsSentence, toClauseEnd } from '../../src/kit/index.js';
import type { CopyInfo, EntryFinding, Sentence } from '../../src/kit/index.js';
import { confirmshaming, exitPush, guiltPhrases, type GuiltMessageId } from './phrases.js';
import { phraseData } from './phrases.data.js';
import { reportConfirmshaming, reportDeclineShape } from './decline-shape.js';

/** A self-mocking line with no "No thanks" before it must be short, like a button, to count as a decline. */
const maxWordsOfBareDecline = 12;

/**
 * The reader's leaving, confirmed as done: "Your subscription has been cancelled", "You have been unsubscribed",
 * "We've closed your account as you asked", "You will no longer receive emails from us", "We've processed your
 * request to cancel", "your request to delete your account has been processed", "We received a request to unsubscribe",
 * a heading "Account Deleted". "Sorry to see you go" beside it is a goodbye after the decision, not a
 * nudge before it. Normalised text (lower case, straight apostrophes).
 */
const leaveDone =
  /\b(?:(?:subscriptions?|plan|membership|account|order|booking|service|server|trial|newsletter)\b[^.!?]{0,40}?\b(?:(?:has|have) (?:now |just |already )?been|was|were|is now|are now|is|are)\s+(?:now\s+)?(?:successfully\s+)?(?:cancell?ed|closed|deleted|ended|terminated|deactivated|downgraded)|(?:you(?:'ve| have)? been|you(?:'re| are) now|(?:has|have) been successfully|successfully)\s+unsubscribed|we(?:'ve| have)? (?:now )?(?:closed|cancell?ed|deleted|ended) your (?:account|subscription|plan|membership)|(?:cancell?ation|refund|deletion|closure|unsubscribe) (?:request )?(?:has been|was|is) (?:successfully )?(?:received|processed|confirmed|complete|completed|approved)|(?:as|per) (?:you )?(?:requested|asked)|(?:as|per) your request|you(?:'ll| will) no longer (?:receive|get|be sent|be charged|be billed|hear from)|we(?:'ve| have)? (?:successfully )?processed your (?:request|cancell?ation|unsubscribe)|you(?:'ve| have) (?:successfully |now )?(?:left|unsubscribed|cancell?ed|closed|deleted)|your request to (?:delete|close|cancel|deactivate|leave|unsubscribe)\b[^.!?]{0,60}?\b(?:has been|was|is) (?:successfully )?(?:processed|completed|received|confirmed)|we(?:'ve| have)? received (?:a|your) request to unsubscribe\b|your x{2,} (?:has been|was|is now) (?:cancell?ed|closed|deleted|ended)|^\W*(?:account|subscription|membership|plan) (?:deleted|deactivated|closed|cancell?ed)\W*$)\b/;
/**
 * A catalogue entry whose key names the leaving as done: `emails.subscriptionCancelled.body`, `unsubscribe_success`,
 * `account_deleted.message`. The line is part of the confirmation, whatever its own words.
 */
const leaveDoneKey = /(?:subscription|plan|membership|account|newsletter)[._ -]?(?:cancell?ed|deleted|closed|ended|deactivated)|unsubscribe[._ -]?(?:success|confirm|done|complete)|unsubscribed|cancell?ation[._ -]?(?:confirm|success|done|complete)/i;
/** The sender did it, for a reason of theirs: "Your account has been deleted due to repeated use of profanity." */
const senderReason = /\b(?:due to|because of|as a result of|for (?:violating|breaking|breach|non-?payment|repeated)|violat\w*|suspended|banned)\b/;

/** The key of a catalogue string without its part name: "goodbyeTitle" and "goodbyeBody" both give "goodbye". */
function dialogStem(label: string | undefined): string | undefined {
  if (!label) return undefined;
  return label
    .toLowerCase()
    .replace(/[._-]?(?:title|heading|header|subtitle|subheading|body|text|message|description|content|desc|label|line\d*)$/, '')
    .replace(/[._-]+$/, '');
}

/** A catalogue key of an exit pop-up or a leaving flow: "exitModal", "cancel_dialog", "unsubscribe.confirm". */
const exitKey = /exit|leav|cancel|unsubscri|churn|retention|retain|downgrad|delet|close.?account|winback|win.?back/i;

/**
 * The line is all its copy says ("Sorry to see you go", a title "BookingPress - Sorry to see you go"): a heading or
 * a goodbye string of a flow that tells the rest elsewhere. Alone it pushes no decision, and blind editors of real
 * copy read most such lines as fine.
 */
function standsAlone(sentence: Sentence, findings: readonly EntryFinding<GuiltMessageId>[]): boolean {
  // Not in an exit pop-up or a cancel flow its key names ("exitModal.body", "downgrade.title"): there it greets a
  // decision not yet made.
  if (exitKey.test(sentence.unit.label ?? '')) return false;
  const unit = sentence.unit.text;
  const others = unit.slice(0, sentence.start) + unit.slice(sentence.start + sentence.text.length);
  if (/\p{L}/u.test(others)) return false;
  // Only a name or a brand before the line ("BookingPress - Sorry to see you go") or after it (", Sam"): nothing that
  // pushes ("— stay for 50% off!").
  const first = Math.min(...findings.map((finding) => finding.start));
  const last = Math.max(...findings.map((finding) => finding.end));
  const lead = sentence.text.slice(0, first);
  const tail = sentence.text.slice(last);
  return (lead.match(/\p{L}+/gu) ?? []).length <= 3 && /^[\s.!…,]*(?:\p{Lu}[\p{L}'-]*)?[\s.!…]*\p{Extended_Pictographic}*[\s.!…]*$/u.test(tail);
}

export default defineRule({
  meta: {
    id: 'no-guilt-trip',
    description: 'Confirmshaming decline links, guilt and threatened regret that shame the reader into saying yes.',
    level: 'warn',
    fix: 'suggest',
    phrases: phraseData,
    messages: {
      confirmshaming:
        '“{actual}” makes the reader mock themselves just to say no. Confirmshaming may win a click, but it leaves people feeling manipulated and less willing to trust your next offer. Let them decline plainly, for example “No thanks.”',
      regret:
        '“{actual}” threatens the reader with regret instead of giving them a reason to say yes, and a choice made under that threat feels like a trick afterwards. Say what they gain, for example “We think you’ll love it.”',
      guilt:
        '“{actual}” tries to make the reader feel guilty, which turns a free choice into an obligation and costs you their goodwill. Respect the choice and keep the door open, for example “We’re here whenever you need us.”',
      loss:
        '“{actual}” holds the reader’s own effort or chance over them as a loss, to shame them into acting. Say what is still there for them, for example “Your progress is saved, so you can pick up where you left off.”',
      leaving:
        '“{actual}” makes the reader feel bad for leaving, just when they want it to be simple. Let them go warmly and make it easy to come back, for example “We’re sorry to see you go, and you’re welcome back any time.”',
      stockExit:
        '“{actual}” is the stock line of every exit screen, and next to a push to stay it puts your feelings in front of the reader’s decision, which reads as a nudge. Confirm what happened and make the way back easy, for example “Your plan is cancelled. You’re welcome back any time.”',
      secondGuess:
        '“{actual}” makes the reader second-guess a choice by framing it as a loss. Keep confirmation questions for actions that are hard to undo, and otherwise respect the answer, for example “Got it. You can change this any time in Settings.”',
    },
  },
  create(context) {
    let previous: Sentence | undefined;
    /** "Sorry to see you go" lines, held until every sentence of their copy has been seen. */
    const stockExits: { sentence: Sentence; findings: EntryFinding<GuiltMessageId>[] }[] = [];
    /** Copy (a message, or one catalogue entry) that confirms the reader's leaving as done. */
    const confirmedLeaves = new Set<CopyInfo>();

    /** Report a confirmshaming decline: the whole line, from the decline to the end of the clause. */
    function findConfirmshaming(sentence: Sentence, earlier: Sentence | undefined, taken: [number, number][]): void {
      for (const pattern of [confirmshaming.pattern, confirmshaming.afterDecline]) {
        for (const match of findPhrases(sentence, pattern)) {
          const clause = match.groups['clause'];
          if (!clause || isQuoted(sentence, match.start, match.end)) continue;
          const end = toClauseEnd(sentence, { start: match.start, end: match.end }).end;
          // "I'd rather pay full price than wait a month" compares; it does not decline.
          if (/\bthan\b/.test(sentence.normal.slice(match.end, end))) continue;

          // Offsets in the unit: the report may start in the sentence before ("No thanks. I hate free stuff.").
          let unitStart = sentence.start + match.start;
          if (!match.groups['decline']) {
            if (!startsSentence(sentence, match.start)) continue;
            const declinedBefore = earlier && confirmshaming.previousDecline.test(earlier.normal);
            if (declinedBefore) {
              unitStart = earlier.start + earlier.text.search(/\p{L}/u);
            } else if (sentence.words.length > maxWordsOfBareDecline) {
              continue;
            }
          }
          if (overlaps(taken, match.start, end)) continue;
          taken.push([match.start, end]);
          reportConfirmshaming(context, sentence, unitStart, end);
        }
      }
    }

    /** No other sentence of the same copy (the message, or the catalogue entry's group) says anything. */
    const aloneInCopy = (sentence: Sentence) => {
      const copy = context.copyOf(sentence);
      // In a message, a heading of its own passes only where the rest pushes nothing ("Are you sure?", "Stay and get
      // 50% off"); a catalogue string passes only alone.
      const others = context.sentences().filter((other) => other !== sentence && context.copyOf(other) === copy && /\p{L}/u.test(other.text));
      if (others.length > 0 && (copy.kind !== 'message' || others.some((other) => exitPush.test(other.normal)))) return false;
      // Nor beside the other strings of its dialog in a catalogue ("goodbyeTitle" beside "goodbyeBody", "cancel.title"
      // beside "cancel.body").
      const stem = dialogStem(sentence.unit.label);
      return stem === undefined || !context.document.units.some((unit) => unit !== sentence.unit && dialogStem(unit.label) === stem && /\p{L}/u.test(unit.text));
    };

    /**
     * The goodbye comes with a push to stay, in its own sentence or the two before or after it in its copy: a second
     * guess, an offer, a loss ("We're sorry to see you go. Here's what you'll lose:", "…Are you sure?"). With no push
     * ("We're sorry to see you go. Please tell us why you're cancelling.") it is a courtesy: two blind editors of real
     * copy called every such line of the last twenty-four development sets fine.
     */
    const pushesToStay = (sentence: Sentence) => {
      const copy = context.copyOf(sentence);
      const all = context.sentences();
      const same = all.filter((other) => context.copyOf(other) === copy);
      const index = same.indexOf(sentence);
      // The two sentences before it and the two after it: "Are you sure you want to cancel? We're sorry to see you go."
      const near = same.slice(Math.max(0, index - 2), index + 3);
      // The other strings of its dialog in a catalogue ("goodbyeBody" beside "goodbyeTitle") are part of the same screen.
      const stem = dialogStem(sentence.unit.label);
      if (stem !== undefined) near.push(...all.filter((other) => other.unit !== sentence.unit && dialogStem(other.unit.label) === stem));
      // "We're sorry to see you go. Your account has been deleted due to repeated use of profanity": the sender
      // removed the reader, and the goodbye reads as a jibe.
      return near.some((other) => exitPush.test(other.normal) || senderReason.test(other.normal));
    };

    return {
      sentence(sentence) {
        const earlier = previous && previous.unitIndex === sentence.unitIndex ? previous : undefined;
        previous = sentence;
        const taken: [number, number][] = [];
        findConfirmshaming(sentence, earlier, taken);
        reportDeclineShape(context, sentence, earlier, taken);
        const findings = matchEntries(sentence, guiltPhrases, taken);
        if ((leaveDone.test(sentence.normal) || leaveDoneKey.test(sentence.unit.label ?? '')) && !senderReason.test(sentence.normal)) confirmedLeaves.add(context.copyOf(sentence));
        const exits = findings.filter((finding) => finding.messageId === 'stockExit');
        if (exits.length > 0) stockExits.push({ sentence, findings: exits });
        reportEntries(context, sentence, exits.length > 0 ? findings.filter((finding) => finding.messageId !== 'stockExit') : findings);
      },
      done() {
        for (const { sentence, findings } of stockExits) {
          if (!confirmedLeaves.has(context.copyOf(sentence)) && !(standsAlone(sentence, findings) && aloneInCopy(sentence)) && pushesToStay(sentence)) reportEntries(context, sentence, findings);
        }
      },
    };
  },
});
