import { Candidates, clauseBefore, defineRule, findPhrases, isQuestion, isQuoted, previousWord, startsSentence } from '../../src/kit/index.js';
import type { PhraseMatch, Sentence } from '../../src/kit/index.js';
import { actionRewrites, keepStates, negativeCondition, pattern, penaltyObjects, routineObjects } from './phrases.js';
import { phraseData } from './phrases.data.js';
import { findConsequences } from './consequence.js';

/** A condition stated before a reserved right: "If you are found…", "In the event of circumstances beyond our control". */
const statedCondition = /(?:^|[,;:] |\. )(?:if|when|where|should|in the event|in case|once)\b[^.!?]*$|^\W*(?:if|when|where|should|in the event|in case)\b/;
/** A right kept for any time or reason: the threat in "We reserve the right to cancel at any time, without notice". */
const arbitrary = /\b(?:at any time|anytime|at (?:our|its|their) (?:sole |absolute )?discretion|without (?:any |prior |further |advance )?(?:notice|warning|reason|explanation)|(?:or|and|for) no reason|whatsoever|(?:as|if|when|where|whenever) (?:we|it|they|the company) (?:see|sees|deem|deems|think|thinks|consider|considers) (?:fit|appropriate|necessary)|(?:should|if|when|whenever) we (?:wish|choose|decide|want|like)|in our (?:sole |absolute )?(?:opinion|judg(?:e)?ment))\b/;

/** A harm that follows by itself from a step done wrong: data loss, corruption, errors, damage, injury. */
const naturalHarm = /\b(?:data (?:loss|corruption)|corrupt\w*|errors?|damage\w*|injur\w*|malfunction\w*|unexpected (?:behaviou?r|results)|crash\w*|loss of (?:data|work|changes)|lose (?:your |any |all )?(?:data|work|progress|changes|files))\b/;
/** A penalty the sender imposes, which makes a consequence a threat whatever else it names. */
const penaltyWord = /\b(?:suspen\w*|terminat\w*|clos(?:e|ed|ure)|ban\w*|block\w*|fees?|fines?|charges?|penalt\w*|legal|collections?|cancel\w*|remov\w*|delet\w*|disabl\w*|deactivat\w*|lock\w*)\b/;

type MessageId = 'failureTo' | 'orElse' | 'ifNot' | 'misconduct' | 'forced' | 'legal' | 'reserveRight' | 'finalWarning' | 'consequence' | 'vagueThreat';

// ---------------------------------------------------------------------------------------------------------------
// Patterns, compiled once.

// The patterns are data (phrases.yaml), built from named fragments there; the code below decides which matches
// are threats to the reader.
const failurePattern = pattern('failure-to');
const complyPattern = pattern('failure-to-comply');
const orElsePattern = pattern('or-else');
const conditionFirstPattern = pattern('if-not-then');
const conditionLastPattern = pattern('penalty-if-not');
const forcedPattern = pattern('forced-to');
const legalPattern = pattern('legal');
const reservePattern = pattern('reserve-the-right');
const warningPattern = pattern('final-warning');
const consequencePattern = pattern('will-result-in');
/** The mildest outcomes a dunning e-mail names: "service interruption", "losing access". */
const mildOutcome = /\bavoid (?:(?:any |further |an? |the )?(?:service )?interruptions?(?: (?:of|to) (?:your )?service)?|losing access)$/;
/** A demand pressed for time: "immediately", "now", "within 24 hours", "as soon as possible". */
const pressed = /\b(?:immediately|right away|at once|now|asap|as soon as possible|urgent(?:ly)?|today|tonight|within (?:the next )?(?:\d+|twenty-four|forty-eight|one|two|three|a few) (?:hours?|days?))\b/;
const vaguePattern = pattern('vague-threat');
const avoidPattern = pattern('to-avoid-penalty');
const getYouPattern = pattern('get-you-penalised');
const misconductAndPattern = pattern('misconduct-and');
const countdownPattern = pattern('countdown-to-penalty');

/**
 * Cheap keyword tests run before the larger patterns: most sentences contain none of these words, and
 * `findPhrases` compiles a pattern with match indices on every call.
 */
const gates = {
  failure: /failure\s+to/,
  condition: /\b(?:if|unless)\b[\s\S]*\b(?:be|lose|no\s+longer|we|we'll)\b|\b(?:be|lose|no\s+longer|we|we'll)\b[\s\S]*\b(?:if|unless|until)\b/,
  orElse: /\b(?:or|otherwise)\b[\s\S]*(?:\bbe\b|\blose\b|no\s+longer|\bwe\b|\bface\b|\brisk\b)/,
  forced: /forced|choice|option|alternative|obliged|compelled/,
  legal: /legal|court|\bsu(?:e|ing)\b|bailiff|collect|recovery|solicitor|lawyer|attorney|credit/,
  reserve: /reserve/,
  warning: /warning|demand|notice/,
  consequence: /\b(?:will|shall|may|might|could|can|would)\b[\s\S]*\b(?:result\s+in|lead\s+to|cause|mean|trigger|incur|met\s+with)\b|grounds\s+for/,
  vague: /action|punished|consequences|measures|penalties|sanctions|or\s+else|things\s+(?:will|may|might|could|are|can)\b|\bsoon\b|\bshortly\b|about\s+to\s+be|without\s+(?:any\s+|further\s+|prior\s+|additional\s+|advance\s+|more\s+)?(?:notice|warning)/,
  avoid: /\bavoid\b/,
  getYou: /\bget\s+you\b/,
  misconductAnd: /\b(?:break|violate|abuse|evade|circumvent|spam|cheat)\b[\s\S]*\band\b/,
  countdown: /\b(?:until|till|til)\b/,
};

/**
 * A condition that names the reader breaking a rule ("If you violate the rules again", "if you keep spamming", "If this
 * behaviour continues", "If inactivity continues"): tied to a penalty, it holds a punishment over the reader just as
 * inaction does. A bare "if it happens again" may be a declined card, not conduct.
 */
const misconductCondition =
  /\b(?:violat\w*|breach\w*|falsif\w*|(?:provide|give|submit|enter)s? (?:any )?(?:false|fake|fraudulent|misleading) (?:information|details|data|documents?)|break(?:s|ing)? (?:the|our|these|this|any|a) (?:\w+ )?(?:rules?|terms|guidelines|policy|policies|code)|broke (?:the|our|these|any) (?:\w+ )?(?:rules?|terms|guidelines)|abus\w*|misus\w*|evad\w*|circumvent\w*|cheat\w*|spam\w*|harass\w*|(?:continue|keep|persist)\w* (?:to )?(?:violat|break|post|spam|abus|ignor|harass|cheat)\w*|accumulat\w*|(?:receiv\w*|get|gets|collect\w*|earn\w*|reach\w*|exceed\w*|have|has) (?:\w+ ){0,3}?(?:warnings|strikes|infractions|violations|warning points)|^(?:if|unless) (?:(?:(?:the|this|that|your|such|any|continued|further) (?:\w+ )?)?(?:behaviou?r|conduct|activity|inactivity|pattern|language|posting|messages?|comments?|spamming)) (?:continues|persists|happens again|recurs|is repeated|keeps happening|does not stop|doesn't stop))\b/;

/** A removal said with its reason, as the reader asked, or with nothing lost. */
const vagueButSafe =
  /\b(?:as you (?:requested|asked)|at your request|you(?:'ve| have)? (?:requested|asked)|to free up|automatically (?:move|moved|moves|migrat\w*|transfer\w*)|(?:they|it|your \w+) (?:move|moves|will move) automatically|nothing (?:is|will be) lost|you can (?:cancel|undo|restore|keep)|temporary|cache)\b/;

/** Words before "failure to" that make it someone else's failure: "our failure to deliver". */
const ownFailure = /^(?:our|my|its|their|his|her|the|a|we|system|power|payment)$/;
const negation = /(?:n't|\bnot|\bnever|\bno|\bwithout|\bnobody|\bnone)\b/;
/**
 * "we have no choice but to", "leaves us no alternative but to": the sender disowning its own penalty, whose "no" denies
 * nothing. Only the sender's: "If you feel you have no choice but to take legal action" is the reader's right.
 */
const forcedFrame =
  /\b(?:(?:we|i)(?:'ve|'re| have| had| are| were| am|'m)?(?: been)?(?: left)?(?: with)?|leaves? us(?: with)?|left us(?: with)?|there (?:is|was)) no (?:other )?(?:choice|option|alternative)s? (?:but|other than|than) to\b/g;
const dateLike =
  /\d|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|tomorrow|tonight|week|weeks|month|months|day|days|hours?)\b/;

// ---------------------------------------------------------------------------------------------------------------
// Rewrites: the action, and what it keeps for the reader.

/** What acting keeps for the reader, read from the penalty: "your account active", "access to your files". */
function keepPhrase(penaltyText: string, subjectIsReader: boolean): { state: string; kind: (typeof keepStates)[number]['state'] } | undefined {
  const text = penaltyText.toLowerCase().replace(/\s+/g, ' ');
  const kind = keepStates.find((entry) => entry.pattern.test(text))?.state;
  if (!kind) return undefined;
  if (kind === 'access') {
    const access = /\baccess(?: to [^,.;:!?]+)?/.exec(text)?.[0] ?? 'access';
    return { state: access.replace(/\s+$/, ''), kind };
  }
  const named = penaltyObjects.exec(text)?.[1];
  // "the closure of your ticket" names something we cannot turn into "your account".
  if (!named && /\byour [a-z-]+/.test(text)) return undefined;
  const object = named ?? (subjectIsReader ? 'account' : undefined);
  if (!object) return undefined;
  const state = kind === 'open' ? `your ${object} open` : kind === 'active' ? `your ${object} active` : `your ${object}`;
  return { state, kind };
}

/** The request, as the reader's action: "comply with these terms" -> "follow these terms". */
function asRequest(action: string): string {
  const collapsed = action.replace(/\s+/g, ' ').trim();
  for (const [pattern, replacement] of actionRewrites) {
    if (pattern.test(collapsed)) return collapsed.replace(pattern, replacement);
  }
  return collapsed;
}

/** "so your account stays active", "so you keep access to your files", after "or" / "otherwise". */
function orElseRewrite(coreText: string): string | undefined {
  const subjectIsReader = /^(?:you|your|we)\b/.test(coreText.toLowerCase()) || /^(?:lose|face|risk)\b/.test(coreText.toLowerCase());
  const keep = keepPhrase(coreText, subjectIsReader);
  if (!keep) return undefined;
  return keep.kind === 'access' || keep.kind === 'kept' ? `so you keep ${keep.state}` : `so ${keep.state.replace(/ (open|active)$/, ' stays $1')}`;
}

/**
 * The reader's action in "if you don't <action>", "unless you <action>" or "if payment isn't received <by date>",
 * or undefined. A duration ("log in for 24 months") makes no request, so it gives none.
 */
function conditionAction(condition: string): string | undefined {
  const collapsed = condition.replace(/\s+/g, ' ').trim();
  const payment =
    /^if (?:your |the )?payment (?:isn['’]t|is not|hasn['’]t been|has not been|wasn['’]t|was not)(?: received)?((?: [\s\S]+)?)$/i.exec(collapsed) ??
    /^if we (?:don['’]t|do not) (?:receive|get) (?:your |the )?payment((?: [\s\S]+)?)$/i.exec(collapsed);
  const action = payment ? `pay${payment[1] ?? ''}` : /^(?:if you (?:don['’]t|do not|fail to)|unless you) ([\s\S]+)$/i.exec(collapsed)?.[1];
  if (!action || /\bfor (?:\d+|a|an|one|two|three|six|twelve|several|more than)\b/i.test(action)) return undefined;
  return action;
}

const onlyPunctuationAfter = (sentence: Sentence, offset: number) => /^[\s"')\]*_]*(?:[.!;]|$)/.test(sentence.normal.slice(offset));

// ---------------------------------------------------------------------------------------------------------------

export default defineRule({
  meta: {
    id: 'no-threat',
    description: 'Threatened consequences such as “failure to pay will result in”, “or your account will be closed” and “legal action”.',
    level: 'error',
    fix: 'suggest',
    phrases: phraseData,
    messages: {
      failureTo:
        '“{actual}” reads like a court letter: it threatens a penalty instead of helping the reader avoid it. State the fact, the date and the help on offer, for example “To keep your account active, please pay by 30 April. Need more time? Just reply.”',
      orElse:
        '“{actual}” turns a request into an ultimatum, which frightens the reader more than it helps them act. Say what acting keeps for them, for example “Please update your card by Friday so your account stays active.”',
      ifNot:
        '“{actual}” ties the reader’s inaction to a penalty, which reads as a threat. Lead with what they can do and what it keeps for them, for example “To keep your account active, please update your card by Friday.”',
      misconduct:
        '“{actual}” holds a punishment over the reader for breaking a rule, which reads as a threat to everyone who reads it, including those who did nothing wrong. Name the rule and what happens plainly, and say how to appeal, for example “Accounts that break the community rules are suspended. If you think we got it wrong, reply to this message.”',
      forced:
        '“{actual}” makes the reader responsible for what you are about to do, as if you had no say in it. State plainly what will happen, when, and what help there is, for example “We’ll need to pause your account on 30 April. Reply if you’d like a payment plan.”',
      legal:
        '“{actual}” threatens the reader with lawyers, collectors or their credit record, which frightens people who may already be struggling. Say what is owed, by when, and how you can help, for example “Your balance is $120. If paying by 30 April is hard, reply and we’ll set up a plan.”',
      reserveRight:
        '“{actual}” is legal boilerplate that sounds like a threat. Say plainly what may happen and when, for example “We may close accounts that stay unpaid for 60 days.”',
      finalWarning:
        '“{actual}” reads like a court letter and puts the reader on trial. Call it a reminder and give the date and the help on offer, for example “Reminder: your payment is due on 30 April.”',
      consequence:
        '“{actual}” threatens a penalty instead of helping the reader avoid it. State the fact, the date and the help on offer, for example “Your account pauses on 30 April while the balance is open. Reply if you need more time.”',
      vagueThreat:
        '“{actual}” is a vague threat that leaves the reader imagining the worst. Say exactly what happens next, when, and how to avoid it, for example “We’ll pause your account on 30 April; reply anytime to restart it.”',
    },
  },
  create(context) {
    return {
      sentence(sentence) {
        // "Will my account be closed if I don't pay?" is a reader's question in an FAQ, not a threat.
        if (isQuestion(sentence)) return;
        const candidates = new Candidates<MessageId>(sentence);
        const add = (messageId: MessageId, start: number, end: number, rewrites: string[]) => candidates.add(messageId, start, end, rewrites);
        const scan = (gate: RegExp, pattern: RegExp) => (gate.test(sentence.normal) ? findPhrases(sentence, pattern) : []);
        const usable = (match: PhraseMatch) => !isQuoted(sentence, match.start, match.end);
        const group = (match: PhraseMatch, name: string) => match.groups[name]?.text ?? '';
        const groupEnd = (match: PhraseMatch, name: string) => match.groups[name]?.end ?? match.end;

        for (const match of scan(gates.failure, failurePattern)) {
          if (!usable(match) || ownFailure.test(previousWord(sentence, match.start))) continue;
          const consequence = group(match, 'consequence');
          // "Failure to format the data correctly can cause data corruption": a harm that follows from a step done
          // wrong, as a warning, not a penalty the sender will impose.
          if (naturalHarm.test(consequence.toLowerCase()) && !penaltyWord.test(consequence.toLowerCase())) continue;
          const keep = keepPhrase(consequence, true);
          const action = asRequest(group(match, 'action'));
          const rewrites =
            keep && startsSentence(sentence, match.start) && !dateLike.test(consequence.toLowerCase()) && onlyPunctuationAfter(sentence, match.end)
              ? [`to keep ${keep.state}, please ${action}`]
              : [];
          add('failureTo', match.start, match.end, rewrites);
        }
        for (const match of scan(gates.failure, complyPattern)) {
          if (!usable(match) || ownFailure.test(previousWord(sentence, match.start))) continue;
          add('failureTo', match.start, match.end, []);
        }

        // "If you don't pay, your account will be closed" and "Your account will be closed if you don't pay".
        for (const pattern of [conditionFirstPattern, conditionLastPattern]) {
          for (const match of scan(gates.condition, pattern)) {
            const condition = group(match, 'cond');
            const conditionText = condition.toLowerCase().replace(/’/g, "'");
            const negative = negativeCondition.test(conditionText);
            if (!usable(match) || (!negative && !misconductCondition.test(conditionText))) continue;
            // "If a charge to your card is not successful within 5 days, …": our own attempt failing, not the reader's
            // inaction, so what follows states a policy rather than pressing the reader.
            if (/^if (?:a|the|our|any|an automatic) (?:charge|payment attempt|renewal attempt|retry|attempt|automatic payment)\b[^,]*\b(?:is not successful|isn't successful|fails|is declined|does not go through|doesn't go through)\b/i.test(condition)) continue;
            // "…will be deleted in 30 days unless you choose to delete it now": the reader's own choice, not a lever.
            if (/^unless you (?:choose|prefer|want|wish|decide|would like|'d like|opt) to (?:delete|close|cancel|remove|deactivate|erase)\b[^,]*\b(?:now|sooner|immediately|right away|earlier|today)\b/i.test(condition.replace(/’/g, "'"))) continue;
            const core = group(match, 'core');
            if (routineObjects.test(match.text.toLowerCase())) continue;
            const action = conditionAction(condition);
            const keep = keepPhrase(core, /^(?:you|your|we)\b/i.test(core));
            // Nothing else in the clause (`tail` after the penalty, `mid` before the condition), so the rewrite says it all.
            const bare = group(match, 'tail') === '' && group(match, 'mid').trim() === '';
            const rewrites =
              action && keep && bare && startsSentence(sentence, match.start) && onlyPunctuationAfter(sentence, match.end)
                ? [`to keep ${keep.state}, please ${action}`]
                : [];
            add(negative ? 'ifNot' : 'misconduct', match.start, match.end, negative ? rewrites : []);
          }
        }

        for (const match of scan(gates.orElse, orElsePattern)) {
          if (!usable(match) || routineObjects.test(match.text.toLowerCase())) continue;
          const rewrite = group(match, 'tail') === '' ? orElseRewrite(group(match, 'core')) : undefined;
          add('orElse', match.start, match.end, rewrite ? [rewrite] : []);
        }

        for (const match of scan(gates.forced, forcedPattern)) {
          if (!usable(match)) continue;
          // "If you feel you have no choice but to take legal action, our guide explains your rights": the reader's own
          // recourse, not the sender's penalty disowned.
          if (/\b(?:you|they|tenants?|customers?|members?|users?|people)(?: (?:feel|think|believe|find))?(?: that)?(?: you| they)?\s*$/.test(sentence.normal.slice(0, match.start)) || /\b(?:if|when|whether)\b[^.!?;]*$/.test(clauseBefore(sentence, match.start))) continue;
          const frame = group(match, 'frame').toLowerCase().replace(/\s+/g, ' ');
          const rewrite = /^(?:be|are|feel) forced|^have no|^be (?:left|obliged|compelled)/.test(frame)
            ? 'need to'
            : /^(?:were forced|had no)/.test(frame)
              ? 'needed to'
              : undefined;
          add('forced', match.start, groupEnd(match, 'frame'), rewrite ? [rewrite] : []);
        }

        for (const match of scan(gates.legal, legalPattern)) {
          if (!usable(match)) continue;
          const clause = clauseBefore(sentence, match.start);
          // "We will never send your account to collections", "without legal action". "We have no alternative but to
          // initiate legal proceedings" disowns the threat; it does not deny it.
          if (negation.test(clause.replace(forcedFrame, ''))) continue;
          // "We took legal action against counterfeit sellers": aimed at someone else.
          if (/^\s+against\s+(?!you\b|your\b)/.test(sentence.normal.slice(match.end))) continue;
          // "You can take legal action": the reader's own right.
          if (/\byou\b[^,;:]*\b(?:can|may|could|might|right to|entitled to)\b[^,;:]*$/.test(clause)) continue;
          add('legal', match.start, match.end, []);
        }

        for (const match of scan(gates.reserve, reservePattern)) {
          if (!usable(match)) continue;
          const verb = group(match, 'verb').toLowerCase().replace(/\s+/g, ' ');
          // Terms that name when the right applies ("If you are found harassing people, we reserve the right to delete
          // your video", "In the event of circumstances beyond our control, Med Cab reserves the right to cancel") state
          // a rule; a right kept for any time or any reason ("at any time", "for any reason or no reason", "without
          // notice") is the threat.
          const rest = sentence.normal.slice(match.end);
          // A condition in a clause of its own before "but" ("If you have questions, call us, but we reserve…") is not the right's.
          const before = sentence.normal.slice(0, match.start).split(/\bbut\b/).pop() ?? '';
          if (statedCondition.test(before) || /^[^.!?;]*?\b(?:if|when|where|should|in the event|in case)\b/.test(rest)) {
            if (!arbitrary.test(sentence.normal)) continue;
          }
          const subject = previousWord(sentence, match.start);
          // "We reserve" -> "We may"; "Acme reserves" -> "Acme may".
          add('reserveRight', match.start, match.end, subject ? [`may ${verb}`] : []);
        }

        for (const match of scan(gates.warning, warningPattern)) {
          if (!usable(match)) continue;
          if (/^\s+(?:signs?|lights?|labels?|shots?)\b/.test(sentence.normal.slice(match.end))) continue;
          add('finalWarning', match.start, match.end, ['reminder']);
        }

        for (const match of scan(gates.consequence, consequencePattern)) {
          if (!usable(match)) continue;
          add('consequence', match.start, match.end, []);
        }

        // "Ban evasion will get you IP banned": a penalty held over the reader as the price of a misstep.
        for (const match of scan(gates.getYou, getYouPattern)) {
          if (!usable(match) || negation.test(clauseBefore(sentence, match.start))) continue;
          add('misconduct', match.start, match.end, []);
        }
        // "Break the rules again and your account will be permanently banned".
        for (const match of scan(gates.misconductAnd, misconductAndPattern)) {
          if (!usable(match) || routineObjects.test(match.text.toLowerCase())) continue;
          add('misconduct', match.start, match.end, []);
        }

        // "Payment overdue - 3 days until suspension": the clock running down to a penalty.
        for (const match of scan(gates.countdown, countdownPattern)) {
          if (!usable(match)) continue;
          add('consequence', match.start, match.end, []);
        }

        for (const match of scan(gates.vague, vaguePattern)) {
          if (!usable(match) || negation.test(clauseBefore(sentence, match.start))) continue;
          // "Your temporary files will be deleted soon to free up space", "…about to be deleted, as you requested": a
          // removal with its reason, the reader's own request or nothing lost is housekeeping, not a threat.
          if (/\b(?:soon|shortly|about to be)\b/.test(match.text.toLowerCase()) && (routineObjects.test(match.text.toLowerCase()) || vagueButSafe.test(sentence.unit.text.toLowerCase().replace(/[‘’]/g, "'")))) continue;
          add('vagueThreat', match.start, match.end, []);
        }

        for (const match of scan(gates.avoid, avoidPattern)) {
          // "If you want to avoid late fees, you can set up autopay" is advice the reader asked for, and "set up autopay
          // to avoid late fees" a tip: the lever is a demand to pay or act on the account.
          const clause = clauseBefore(sentence, match.start);
          if (!usable(match) || /\b(?:if|want|wish|like|help|helps|helping)\b/.test(clause)) continue;
          if (!/\b(?:pay|paying|settle|remit|renew|renewing|upgrade|upgrading|top up|topping up|update (?:your |the )?(?:card|payment|billing)|verify|confirm|respond|reply|contact us|log in|sign in|act)\b/.test(clause)) continue;
          // "Please update your payment method to avoid service interruption": the mildest outcome named calmly is the
          // reason a careful editor keeps in a dunning e-mail. Pressed ("immediately", "within 24 hours") it is a lever.
          if (mildOutcome.test(match.text.toLowerCase()) && !pressed.test(sentence.normal)) continue;
          add('consequence', match.start, match.end, []);
        }

        for (const found of findConsequences(sentence)) add(found.messageId, found.start, found.end, []);
        candidates.report(context);
      },
    };
  },
});
