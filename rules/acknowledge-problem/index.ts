import type { z } from 'zod';
import { defineRule, findPhrases, isBodySentence, isNegated, kickedOut, lastingExclusion, lazyZod, mistakeAllowed, offersReaderStep, offersWayForward, problemNotice, reportMissing, takesInsertion } from '../../src/kit/index.js';
import type { PhraseMatch, ProblemKind, Sentence } from '../../src/kit/index.js';
import { acknowledgements, exampleAcknowledgement, hollowApology, reasonKinds, statedReason, wayForwardKinds } from './phrases.js';
import { phraseData } from './phrases.data.js';

/** Built on first use: zod loads only when a config gives this rule options. */
const schema = () => {
  const z = lazyZod();
  return z.strictObject({
    /**
     * Kinds of problem for which a clear way to put it right is enough without an acknowledgement (by default a
     * failed payment and money owed). `[]` asks for an acknowledgement in every problem notice.
     */
    wayForwardIsEnough: z.array(z.enum(Object.keys(exampleAcknowledgement) as [ProblemKind | 'other', ...(ProblemKind | 'other')[]])),
  });
};

type Options = z.infer<ReturnType<typeof schema>>;

const restricted = '(?:suspended|disabled|deactivated|closed|locked|restricted|limited|paused|blocked|terminated|deleted|removed|cancell?ed)';
/** A suspension announced for later: "will be suspended", "may be disabled", "would be locked". */
const futureSuspension = new RegExp(`\\b(?:will|would|may|might|could|shall)(?: (?:then|also|automatically|soon|now))? be ${restricted}\\b`);
/** A suspension that has happened: "has been suspended", "was disabled", "is now locked". */
const pastSuspension = new RegExp(`\\b(?:has|have|had) been ${restricted}\\b|\\b(?:was|were|is|are)(?: now)? ${restricted}\\b`);

/** Regret owned in the formal way: "We regret to inform you that…", "I regret to let you know…". */
const formalRegret = /\b(?:we|i)(?: (?:deeply|sincerely|truly|greatly))? regret (?:to (?:inform|advise|tell|notify) you|to let you know|that)\b/;

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

/** An offer to undo the change whenever the reader likes: "You can resume your subscription at any time". */
const resumable = /\byou can (?:always |easily )?(?:resume|reactivate|re-activate|restart|rejoin|resubscribe|re-subscribe|unpause|restore|turn (?:it|this) back on)\b[^.!?]*\b(?:at any time|any ?time|whenever you (?:like|want|wish|are ready|'re ready)|when(?:ever)? you'?re ready)\b/;

/**
 * A cancellation confirmed with the way back or the money settled ("You can click below to restart your subscription",
 * "To resubscribe, visit /billing", "Want to place a new order?", "Book a new time", "you can reschedule online", "Your
 * refund will be processed shortly", "the order has been refunded", "₹500 will be refunded to your card", "We've issued
 * a partial refund", "No charges were made", "you will not be charged again", "Your cancellation is confirmed"): careful
 * editors keep these as they are, most often the reader's own choice carried out.
 */
const cancellationSettled =
  /\b(?:restart|resubscribe|re-subscribe|reactivate|re-activate|rejoin|resume|renew|place a new order|order again|reorder|re-order|re-?book|reschedule|book (?:a|another) (?:new )?(?:time|slot|session|appointment|date|table)|(?:create|make|place) a new (?:booking|reservation|appointment|order))\b|(?<!\b(?:no|not a|any)\s+)\brefund (?:will be|has been|is being|is)(?: (?:successfully|fully|already|now))? (?:processed|issued|sent|arranged|credited|returned|on its way)\b|\bwill be (?:fully |automatically )?refunded\b|\b(?:order|payment|amount|installments?|purchase) (?:has|have) been (?:fully )?refunded\b|\bwe(?: have|'ve)? (?:fully )?refunded\b|\bwe(?: have|'ve)? (?:now |already )?(?:issued|sent|processed) (?:you )?(?:a |an |your )?(?:full |partial )?refund\b(?! (?:form|request|policy|link|page))|\bno (?:charges? (?:was|were|has been|have been)|payment (?:was|has been)) (?:made|taken|collected)\b|\byou (?:have not|haven't|were not|weren't|will not|won't) (?:been |be )?(?:charged|billed)\b|\b(?:will be |is being )?returned to your (?:original )?(?:payment method|card|account)\b|\byour cancellation(?: request)? (?:is|has been) (?:now )?(?:confirmed|processed|complete|completed)\b/;

/**
 * A sentence that settles a cancellation, unless its own clause denies it: "No part of the fee will be refunded",
 * "Unfortunately, you can't reschedule it online", "You cannot book a new appointment for 6 months".
 */
function settles(sentence: Sentence): boolean {
  const match = cancellationSettled.exec(sentence.normal);
  if (!match) return false;
  const clause = sentence.normal.slice(0, match.index).split(/[,;:]|\b(?:and|but|so|while)\b/).pop() ?? '';
  return !/\b(?:no|not|nothing|never|cannot|unable)\b|n't\b/.test(clause);
}

/**
 * Who cancelled, named as someone other than the sender: "Cancelled by: xxxx", "cancelled by the {{ provider }}",
 * "cancelled by the organiser", "by the renter". Not "by the {{ site_name }} team", which is the sender.
 */
const relayedCancellation = /\bcancell?ed by:? (?:x{2,}|the x{2,}(?! (?:team|staff|support|store|shop|company|management|admin|administrators?|office)\b)|the (?:organi[sz]ers?|hosts?|instructors?|teachers?|trainers?|coach|speakers?|group admins?|renters?|guests?|customers?(?! (?:service|support|care|success))|clients?|tenants?|buyers?|sellers?|owners?|drivers?|riders?|passengers?|students?|patients?|members?|other (?:party|user))|(?:its|their|the event's) (?:organi[sz]ers?|hosts?))\b/;

/** True when the message allows the change may be the business's mistake ("If you believe this was a mistake, contact us"). */
function allowsMistake(sentences: readonly Sentence[]): boolean {
  return sentences.some((sentence) => mistakeAllowed.test(sentence.normal));
}

/**
 * A reason on the reader's side: the words after "because"/"due to"/"Reason:" speak of the reader or their account
 * ("because you took more than 14 days", "because your membership period has ended"), or the reason is a breach, a
 * payment not made or a plan that ran out. "Because the trainer is ill" is the business's side.
 */
const readerSide =
  /^\W*(?:\S+\W+){0,5}?(?:you|your|yours)\b|^\W*(?:non-?payment|(?:a |the )?(?:payment|invoice) (?:was |has |is )?(?:not|never) (?:been )?(?:received|made|paid)|(?:a |the )?(?:\S+ ){0,3}(?:was|were|has|have|had)(?: not|n't)(?: been)? (?:received|submitted|provided|completed|uploaded|returned|signed|paid|made))\b/;
const readerSideMatch = /^(?:for (?:violating|breaching|breaking|violation|violations|breach|non-payment|nonpayment|abuse|spam|fraud|suspicious|inactivity)|(?:subscription|trial|plan|membership|access|account|key|token|licen[cs]e|certificate)\b.*|(?:exceeded|reached|gone over|used up) .*)$/;

/** True when a sentence of the message says why the problem happened (not negated), and `accept` takes that reason. */
function statesReason(sentences: readonly Sentence[], accept: (sentence: Sentence, match: PhraseMatch) => boolean = () => true): boolean {
  return sentences.some((sentence) =>
    findPhrases(sentence, statedReason).some((match) => !isNegated(sentence, match.start, 2) && !reasonAskedFor(sentence, match) && accept(sentence, match)),
  );
}

/** A reason the reader must ask for, not one given: "Contact the sponsor for the reason of rejection", "contact admin to know the reason". */
function reasonAskedFor(sentence: Sentence, match: PhraseMatch): boolean {
  return (
    /^reasons?$/i.test(match.text) &&
    !/^\s*:/.test(sentence.normal.slice(match.end)) &&
    /\b(?:know|learn|find out|ask|request|contact|get|understand|see|explain|discuss|enquire|inquire)\b[^.!?]*\b(?:the|a|your|any|their|its)?(?: (?:exact|specific|full|detailed|actual))? ?$/.test(sentence.normal.slice(0, match.start))
  );
}

/** A stated reason with words of its own: not a template tag alone ("Reason: xxxx") nor a guess ("could be due to"). */
function namesReason(sentence: Sentence, match: PhraseMatch): boolean {
  // "Reason provided: {{ reason }}", "Reason for cancellation: {{ reason }}": still only the tag.
  const after = sentence.normal.slice(match.end).replace(/^\s*(?:provided|given|stated|for (?:the )?cancell?ation|for (?:the )?refusal)\b/, '');
  if (/^[\s:–—-]*(?:x{2,}|n\/a)?[\s.'")\]]*$/.test(after) || /^[\s:–—-]*x{2,}\W*(?:$|\n)/.test(after)) return false;
  return !/\b(?:could|may|might|can)(?: (?:also|sometimes|often))? (?:be|have been)\s*$/.test(sentence.normal.slice(0, match.start));
}

/** A reason named in words of its own that lies with the business ("because the trainer is ill"), not the reader. */
function businessReason(sentence: Sentence, match: PhraseMatch): boolean {
  return namesReason(sentence, match) && !readerSideMatch.test(sentence.normal.slice(match.start, match.end)) && !readerSide.test(sentence.normal.slice(match.end));
}

/** True when the message says why the problem happened and shows the reader the way back. */
function explainsWithWayBack(sentences: readonly Sentence[], kind: string): boolean {
  // A cancellation is the business's own decision unless its reason lies with the reader.
  const reason = statesReason(
    sentences,
    (sentence, match) => kind !== 'cancellation' || readerSideMatch.test(sentence.normal.slice(match.start, match.end)) || readerSide.test(sentence.normal.slice(match.end)),
  );
  return reason && sentences.some((sentence) => sentence.unit.kind !== 'subject' && offersWayForward(sentence.text));
}

/** The end of a suspension: "until 3 May", "for 24 hours", "for the next 7 days", "Your ban expires 3 May", "Unban date: …". */
const suspensionEnd =
  /\b(?:(?:banned|suspended|blocked|muted|locked|restricted|disabled)\b[^.!?]{0,40}\buntil\b|for (?:the next )?(?:\d+|x{2,}|an?|one|two|three|seven|\d+\s*-\s*\d+) (?:minutes?|hours?|days?|weeks?|months?)|unban date|(?:ban|suspension|mute|block|restriction) (?:expires|ends|will end|will expire|(?:will be|is|gets) lifted))/;

/** Problems that are the sender's own failures, whatever the reader does next. */
const ownFailures: ReadonlySet<string> = new Set(['outage', 'delay', 'breach', 'price-rise', 'billing-error']);

/** A door closed in the same breath: "there is nothing we can do", "we cannot change this decision". */
const closedDoor = /\bnothing (?:we|you|anyone|i) (?:can|could)\b|\b(?:can't|cannot|can not|won't|will not|unable to)\b|\bno (?:further|longer)\b|\b(?:do not|don't) (?:contact|reply|write)\b/;

/**
 * The message allows it may be the sender's mistake and, in the same breath, says whom to tell: "If you believe this
 * was done in error, please contact support". Not "Even if you think this was a mistake, …" and not a step that closes
 * the door ("…, there is nothing we can do").
 */
function contestable(sentences: readonly Sentence[]): boolean {
  return sentences.some((sentence, index) => {
    const match = mistakeAllowed.exec(sentence.normal);
    if (!match || /\beven\s+$/.test(sentence.normal.slice(0, match.index))) return false;
    const rest = [sentence.normal.slice(match.index + match[0].length), sentences[index + 1]?.normal ?? ''];
    return rest.some((text) => offersReaderStep(text) && !closedDoor.test(text));
  });
}


/** The message says why the suspension happened and when it ends. */
function explainsWithEnd(sentences: readonly Sentence[]): boolean {
  // "Your ban expires: never" and "Unban date: permanent" name no end.
  return statesReason(sentences) && sentences.some((sentence) => suspensionEnd.test(sentence.normal) && !/\b(?:never|permanent(?:ly)?|indefinite(?:ly)?|no end)\b/.test(sentence.normal));
}

export default defineRule<Options>({
  meta: {
    id: 'acknowledge-problem',
    description: 'Problem notices that never acknowledge how the problem affects the reader.',
    level: 'warn',
    fix: 'suggest',
    cost: 12,
    scope: 'message',
    phrases: phraseData,
    schema,
    defaults: { wayForwardIsEnough: [...wayForwardKinds] },
    messages: {
      missing:
        'This message tells the reader about {problem} but never acknowledges how it affects them, so it reads as cold and scripted. A stock apology does not count. Add one honest sentence, for example “{example}”',
    },
  },
  create(context) {
    return {
      done() {
        const notice = problemNotice(context);
        if (!notice || notice.sentences.some(acknowledges)) return;
        // "We regret to inform you that your account has been deactivated. If you have any questions, contact support":
        // formal, but it owns the regret, and with a way on blind editors keep it (no-cold-tone judges the formula).
        if (notice.sentences.some((sentence) => formalRegret.test(sentence.normal)) && notice.sentences.some((sentence) => sentence.unit.kind !== 'subject' && offersWayForward(sentence.text))) return;
        // A lock or a declined card explained plainly, with the way back ("locked after several failed sign-in
        // attempts. Click the link below to unlock it.") says what happened without blame and helps; the
        // business's own failures and decisions owe an apology whatever the reason.
        // A cancellation with a reason on the reader's side ("cancelled because your membership period has ended") is
        // kept as it is, unless the message itself allows it may be a mistake.
        if (reasonKinds.has(notice.kind) && explainsWithWayBack(notice.sentences, notice.kind) && !(notice.kind === 'cancellation' && allowsMistake(notice.sentences))) return;
        // "Your subscription was paused. You can resume it at any time": a change with an easy way back reads as a
        // confirmation, most often of the reader's own choice.
        if ((notice.kind === 'cancellation' || notice.kind === 'suspension') && notice.sentences.some((sentence) => resumable.test(sentence.normal))) return;
        // A suspension that says why and when it ends ("You have been banned until 3 May. Reason: spam") tells the reader
        // all there is: a rule's consequence, not a failure of ours.
        if (notice.kind === 'suspension' && explainsWithEnd(notice.sentences)) return;
        // A decision that allows it may be the sender's mistake and says whom to tell ("Your account has been deactivated
        // by an administrator. If you believe this was done in error, please contact support"): the sender owns that it
        // may be wrong. Of 123 messages in the development sets that say so, blind editors called 108 fine. Not the
        // sender's own failures (an outage, a delay, a breach, a price rise), which owe an apology whatever follows.
        // A cancellation for the business's own reason ("because the trainer is ill") still owes one.
        if (!ownFailures.has(notice.kind) && contestable(notice.sentences) && !(notice.kind === 'cancellation' && statesReason(notice.sentences, businessReason))) return;
        // A kick with its reason ("You've been kicked from the server. Reason: AFK") ends as it happens: the reader can
        // come straight back, and blind editors keep such notices as they are.
        if (
          notice.kind === 'suspension' &&
          kickedOut.test(notice.purpose.evidence?.sentence.normal ?? '') &&
          !notice.sentences.some((sentence) => lastingExclusion.test(sentence.normal)) &&
          statesReason(notice.sentences)
        )
          return;
        // Not when the message itself allows it may be our mistake ("If you believe this was a mistake, contact us"), nor
        // when it gives the business's own reason ("because the trainer is ill"): that still owes an apology.
        if (
          notice.kind === 'cancellation' &&
          notice.sentences.some((sentence) => sentence.unit.kind !== 'subject' && settles(sentence)) &&
          !allowsMistake(notice.sentences) &&
          !statesReason(notice.sentences, businessReason)
        )
          return;
        // An event cancelled by its organiser and relayed by the platform ("An event you RSVP'd to has been cancelled.
        // Cancelled by: Jo Lee"): the sender did not cancel it, and blind editors keep such notices as they are.
        if (notice.kind === 'cancellation' && notice.sentences.some((sentence) => relayedCancellation.test(sentence.normal))) return;
        // A payment that failed or money owed, with the way to put it right ("Update your card here"), is kept as it
        // is by careful editors: the reader needs the step more than a sentence of sympathy.
        // For the business's own outage or refusal, the step must be an action the reader can take, not a hint about
        // input ("Logins failed between 9 and 10 am" gives no step).
        // A suspension only announced for later ("your account will be suspended after 3 days"), with the step that
        // avoids it, is a warning the reader can act on: the step is what they need.
        if (
          notice.kind === 'suspension' &&
          notice.sentences.some((sentence) => futureSuspension.test(sentence.normal)) &&
          !notice.sentences.some((sentence) => pastSuspension.test(sentence.normal)) &&
          notice.sentences.some((sentence) => sentence.unit.kind !== 'subject' && offersReaderStep(sentence.text))
        )
          return;
        const step = notice.kind === 'outage' || notice.kind === 'refund-denied' || notice.kind === 'cancellation' ? offersReaderStep : offersWayForward;
        // A cancellation passes on its way forward only when it reads as a plain confirmation: one that gives the business's
        // reason ("because the trainer is ill") or allows that it was a mistake owes the reader an apology.
        // A reason left to a template tag ("Reason: {{ cancel_reason }}") or only guessed at ("This could be due to a payment
        // issue or stock running out") names no side, and blind editors keep such notices as they are.
        const plainCancellation = notice.kind !== 'cancellation' || (!allowsMistake(notice.sentences) && !statesReason(notice.sentences, namesReason));
        if (context.options.wayForwardIsEnough.includes(notice.kind) && plainCancellation && notice.sentences.some((sentence) => sentence.unit.kind !== 'subject' && step(sentence.text))) return;
        const { purpose, sentences } = notice;
        const target = purpose.evidence?.sentence ?? sentences.find((sentence) => sentence.unit.kind !== 'subject' && sentence.unit.kind !== 'preheader') ?? sentences[0];
        if (!target) return;
        // Point at the sentence that announces the problem, and offer the acknowledgement right after it; from a
        // subject line or a heading, after the first real sentence of the body (not the greeting).
        const body = sentences.filter(isBodySentence);
        // Never into a list item or a table cell, nor after a lead-in that a list completes ("Here is where things stand:").
        const source = context.document.source;
        const prose = body.filter((sentence) => takesInsertion(sentence, source) && !/[,:]\s*$/.test(sentence.text));
        const anchor = isBodySentence(target) && takesInsertion(target, source) ? target : prose.find((sentence) => sentence.words.length >= 4);
        reportMissing(context, notice, target, exampleAcknowledgement[notice.kind], anchor, `after the sentence “${shorten(anchor?.text ?? '')}”`);
      },
    };
  },
});
