import { findPhrases, followedBy, isQuoted, matchCase, overlaps, phrase, startsSentence, toClauseEnd } from '../../src/kit/index.js';
import type { PhraseEntry, RuleContext, Sentence } from '../../src/kit/index.js';
import type { GuiltMessageId } from './phrases.js';

/**
 * Confirmshaming told by its shape rather than by the benefit it names: a decline option ("No thanks", "Nope",
 * "I'll pass", "Skip") followed by a first-person clause that mocks the reader's own choice ("I'd rather…",
 * "I don't plan on growing my shop", "I enjoy doing things the hard way", "I'm sure I'll manage"). A plain
 * reason ("I'm not interested", "I don't want these e-mails", "I already have an account") is a decline, not
 * a joke at the reader's expense. Patterns run over normalised text (lower case, straight apostrophes).
 */

const decline = "(?:no|nope|nah|no way|skip|i'?ll pass|i will pass|pass)(?:,? (?:thanks|thank you|thx|ty))?";
/** The decline, its punctuation, and a first-person clause: "No thanks – I'd rather…". */
// The decline opens its line; markup around it ("<a href=…>No thanks</a> – …") arrives masked as white space.
const declineThenClause = phrase(`(?<decline>${decline}) ?[,.!:;—–-]* ?(?<clause>(?:i|i'm|i'd|i'll|i've|i am|i would|i will|my|me)\\b)`);
/** A decline standing alone as its own sentence, so that the next sentence is its reason. */
const declineAlone = new RegExp(`^["'*_\\s]*${decline}\\s*[.!]?\\s*$`, 'u');
const clauseStart = phrase("(?:i|i'm|i'd|i'll|i am|i would|i will)(?= )");

/** A reason that simply declines: no interest, no need for this one thing, already has it, not now. */
const plainReason =
  /^(?:i'?m|i am) (?:not interested|just (?:browsing|looking)|good for now|all set|fine for now|ok for now)\b|^i (?:already )?(?:have|own|use|got|bought)\b|^i (?:don'?t|do not) (?:want|need|wish) (?:(?:to )?(?:receive|get|be (?:contacted|emailed|e-mailed|notified)|sign up|subscribe|join|share|create|see|continue|add)\b|(?:these|this|the|any|more|marketing|promotional|your|an?|it|one)\b)|^i'?ll (?:(?:do|decide|check|think about) (?:it|this|that )?later|(?:continue|check out|checkout|shop) (?:as a guest|without|to)|sign up later|come back later)\b|^i (?:prefer|would prefer|'d prefer) (?:not to (?:share|say|receive)|e-?mail|email|text|sms|post|paper)\b|^i'?d (?:rather|prefer) (?:not (?:say|share)|decide later|use (?:e-?mail|my email))\b/;

/**
 * Words of stance ("I'd rather", "I prefer", "I'm happy with", "I'm sure") carry a plain preference as often as
 * a joke: "I'd rather talk to a person", "I'm happy with my current plan". With a loss, an effort or a failure in
 * the same clause they mock: "I'd rather pay full price", "I'm sure my old laptop will last forever".
 */
const stance =
  /\b(?:rather|prefer|enjoy|happy (?:to|with)|fine (?:with|to)|fine\b|ok(?:ay)? with|content|sure|convinced|certain|choosing to|choose to|plan (?:on|to)|going to|gonna)\b/;
const selfDefeatParts = [
  // Paying more, or losing the offer: "pay full price", "spend more", "without the discount", "not save 20%".
  "full[- ]price|regular price|retail|(?:pay(?:ing)?|spend(?:ing)?) (?:more|extra|full|retail|for (?:shipping|delivery|postage))|over-?pay\\w*|expensive",
  // Turning down the offer's benefit itself: "I'd rather skip the discount", "I prefer not to take 20% off".
  "discounts?|savings|\\d+ ?% off|free (?:shipping|delivery|stuff|gifts?|money|samples?)|pass(?:ing)? on",
  "without (?:the |a |my |any |this |that )?(?:discount|savings?|deal|offer|perks?|bonus|gift|help|protection|\\d+)",
  // Choosing a worse self: "not be healthy", "stay uninformed", "keep my dull skin", "last forever".
  "not (?:to )?(?:save|saving|get|getting|be|look|feel|have|win|grow|learn|know|improve)\\b(?! (?:contacted|e-?mailed|notified|disturbed|tracked|called|texted|asked|reminded))",
  "(?:the )?hard way|the slow way|alone|on my own|forever|uninformed|ignorant|in the dark|behind|bad|worse|boring|dull|bland|mediocre|ugly|outdated|unhappy|unhealthy|broke|poor",
  // Struggle and loss: "I'm sure I'll manage", "keep struggling", "miss out".
  "manage|cope|get by|figure (?:it|things) out|struggl\\w*|suffer\\w*|bleed\\w*|los(?:e|ing)|miss(?:ing)? out|wast\\w*|fail\\w*",
];
const selfDefeat = new RegExp(`\\b(?:${selfDefeatParts.join('|')})\\b`);

/**
 * What a plain preference names instead: a way to reach us ("talk to a person", "call instead", "e-mail"), a way to
 * pay ("paying monthly"), what the reader already has ("my current plan", "the free version"), or a later time
 * ("I'll come back later", "wait for the next release").
 */
const plainAlternative = new RegExp(
  [
    "(?:talk|speak|chat) (?:to|with) (?:a |an |the |someone|somebody)|\\b(?:call|phone|e-?mails?|emails?|write|texts?|post|paper|printed|in person|in store|on the web|online|in the app)\\b",
    "\\bpay(?:ing)? (?:monthly|yearly|annually|weekly|by (?:card|invoice|bank transfer|cash)|in full|up ?front|later)\\b|\\b(?:monthly|annual|yearly) (?:billing|plan|payments?)\\b",
    "\\b(?:my|the|our) (?:current|existing|own|present)\\b|\\bwhat i (?:have|use|already)\\b|\\bthe free (?:version|plan|tier)\\b",
    "\\b(?:come back|be back|decide|wait|think (?:about|it over)|look (?:again|around))\\b|\\blater\\b|\\bnext time\\b|\\bfor now\\b",
  ].join('|'),
);

/** What turns a first-person reason into self-mockery. */
const mockery =
  /\b(?:hard way|hard work|myself|on my own|give up|pass up|throw away|abandon|waste|miss out|lose|risk|struggle|keep (?:paying|losing|struggling|wasting)|don'?t (?:feel|care|plan|see the (?:value|point)|believe|deserve|need (?:to )?(?:save|grow|learn|improve|succeed|win|customers|money|success|growth))|do not (?:feel|care|plan|see the (?:value|point)|believe|deserve)|don'?t want to (?!receive|get|be |sign|subscribe|join|share|create|see|continue|add)\w+|do not want to (?!receive|get|be |sign|subscribe|join|share|create|see|continue|add)\w+|know (?:it all|everything|enough|better)|already (?:perfect|an expert|rich))\b/;

/** The first-person clause after a decline reads as self-mockery, not a plain reason. */
function mocks(clause: string): boolean {
  const text = clause.replace(/\s+/g, ' ').trim();
  if (plainReason.test(text)) return false;
  if (mockery.test(text)) return true;
  if (!stance.test(text)) return false;
  // A stance with a loss or an effort mocks; with a plain alternative (a channel, a way to pay, what the reader
  // already has, a later time) it is a preference; with neither, the stance alone carries the joke.
  return selfDefeat.test(text) || !plainAlternative.test(text);
}

/**
 * Report confirmshaming by shape in `sentence`, from the decline to the end of the mocking clause. A decline in
 * its own sentence just before (`earlier`) counts too: "No thanks. I'd rather pay full price." Ranges already
 * reported by other patterns (`taken`, sentence offsets) are skipped.
 */
export function reportDeclineShape(context: RuleContext, sentence: Sentence, earlier: Sentence | undefined, taken: [number, number][]): void {
  const found: { unitStart: number; start: number; end: number }[] = [];
  for (const match of findPhrases(sentence, declineThenClause)) {
    const clause = match.groups['clause'];
    if (!clause || !startsSentence(sentence, match.start) || isQuoted(sentence, match.start, match.end)) continue;
    const end = toClauseEnd(sentence, { start: clause.start, end: clause.end }).end;
    if (mocks(sentence.normal.slice(clause.start, end))) found.push({ unitStart: sentence.start + match.start, start: match.start, end });
  }
  if (found.length === 0 && earlier && declineAlone.test(earlier.normal)) {
    const match = findPhrases(sentence, clauseStart)[0];
    if (match && startsSentence(sentence, match.start)) {
      const end = toClauseEnd(sentence, match).end;
      if (mocks(sentence.normal.slice(match.start, end))) found.push({ unitStart: earlier.start + earlier.text.search(/\p{L}/u), start: match.start, end });
    }
  }
  for (const { unitStart, start, end } of found) {
    if (overlaps(taken, start, end)) continue;
    taken.push([start, end]);
    const unitEnd = sentence.start + end;
    const actual = sentence.unit.text.slice(unitStart, unitEnd);
    context.report({
      unit: sentence.unit,
      start: unitStart,
      end: unitEnd,
      messageId: 'confirmshaming',
      data: { actual: actual.replace(/\s+/g, ' ') },
      suggestions: [{ text: matchCase(actual, 'no thanks') }],
    });
  }
}

/** Guilt at the exit: sadness and hurt put on the reader for leaving, and sad mascots described in text. */
export const exitGuiltPhrases: PhraseEntry<GuiltMessageId>[] = [
  {
    // "We're so sad to see you go", "It breaks our hearts to see you leave"; "We're sorry to see you go" is kind and passes.
    messageId: 'leaving',
    pattern: phrase(
      "(?:(?:we'?re|we are|i'?m|i am|we'?ll be|we will be|we feel|we'?re feeling) (?:so |very |really |truly |a bit |a little )?(?:sad|heartbroken|devastated|gutted|crushed|hurt)(?: to (?:see|watch|hear|have) you (?:go|leave|cancel|unsubscribe)| (?:that )?you(?:'re| are)? (?:leaving|going))|it (?:hurts|breaks (?:our|my) hearts?|pains us|kills us|makes us sad) to (?:see|watch|hear|let) you (?:go|leave))",
    ),
  },
  {
    // "Instead of leaving, why not pause?": the exit itself is framed as the wrong choice.
    messageId: 'leaving',
    // "Instead of leaving a review, email us", "Instead of going to the post office": a verb with an object or a
    // place is an errand, not the exit.
    pattern: phrase(
      'instead of (?:(?:leaving|going|quitting)(?! (?:a|an|the|your|my|our|it|this|that|these|those|them|feedback|comments?|reviews?|notes?|messages?|to|into|home|online)\\b)(?: us)?|cancell?ing|unsubscribing|saying goodbye)',
    ),
  },
  {
    // "Wait! Don't go", "Wait, don't leave us": the reader stopped at the door.
    messageId: 'leaving',
    pattern: phrase("wait ?[!,.—–-]* ?(?:please )?(?:don'?t|do not) (?:go|leave)(?: us| yet)?"),
  },
  {
    // "Wait! Don't go" split into two sentences: the plea follows a bare "Wait!".
    messageId: 'leaving',
    pattern: phrase("(?:please )?(?:don'?t|do not) (?:go|leave)(?: us| yet)?"),
    when: ({ sentence, match }) =>
      startsSentence(sentence, match.start) && /\bwait\s*[!.,]+\s*$/i.test(sentence.unit.text.slice(0, sentence.start)) && /^\s*[.!]*\s*$/.test(sentence.normal.slice(match.end)),
    ignoreNegation: true,
  },
  {
    // Alt text or copy describing a sad mascot on the cancel page: "a crying puppy".
    messageId: 'guilt',
    pattern: phrase('(?:sad|crying|weeping|heartbroken|tearful|sobbing) (?:puppy|puppies|dog|cat|kitten|mascot|panda|robot|owl|bear|penguin|monster|unicorn|face)'),
    unless: followedBy(/^\s+(?:emoji|icon)\b/),
  },
];
