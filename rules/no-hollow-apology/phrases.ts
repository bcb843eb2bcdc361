import { phrase } from '../../src/kit/index.js';

/** A word that makes the sentence an apology. "To make up for any inconvenience, here's a $10 credit" has none. */
export const apologyWord = /\b(?:sorry|apologi[sz](?:e|es|ed|ing)|apolog(?:y|ies)|regret(?:s|ted|ting)?|pardon)\b/;

/**
 * The vague nouns of a stock apology, mapped to the noun of a plainer rewrite. "Any inconvenience" hedges
 * whether anything went wrong at all; "the trouble this caused" owns it.
 */
export const vagueNouns: Readonly<Record<string, string>> = {
  inconvenience: 'trouble',
  inconveniences: 'trouble',
  trouble: 'trouble',
  disruption: 'disruption',
  disruptions: 'disruption',
  frustration: 'frustration',
  confusion: 'confusion',
  issues: 'problems',
  problems: 'problems',
  difficulty: 'difficulties',
  difficulties: 'difficulties',
  distress: 'distress',
  disappointment: 'disappointment',
  hassle: 'hassle',
  misunderstanding: 'misunderstanding',
  misunderstandings: 'misunderstanding',
  upset: 'upset',
  concern: 'concern',
  worry: 'worry',
  stress: 'stress',
  annoyance: 'annoyance',
};

const anyNoun = Object.keys(vagueNouns)
  .sort((a, b) => b.length - a.length)
  .join('|');

/** "this may have caused", "caused to you", "this may cause": the hedge that often follows the noun. */
const pastTail = "(?<past> (?:this|that|it|which) (?:may|might|could|would)(?: have)? caused(?: (?:to )?you)?| (?:this|that|it|which) (?:has |have )?caused(?: (?:to )?you)?| caused(?: (?:to )?you)?)";
const futureTail = '(?<future> (?:this|that|it|which) (?:may|might|could|will|would) (?:cause|bring|create)(?: (?:to )?you)?| (?:this|that|it|which) causes(?: you)?)';

/** How the rewrite of a stock apology is built. */
export type ApologyRewrite =
  /** "{preposition} the {noun} this caused" ("for any inconvenience" -> "for the trouble this caused"). */
  | 'own-it'
  /** "regret any inconvenience" -> "are sorry for the trouble this caused", depending on the subject. */
  | 'be-sorry';

export interface FormulaicApology {
  pattern: RegExp;
  rewrite: ApologyRewrite;
  /** Only a finding when the sentence apologises ("sorry", "apologise", "regret"). */
  needsApology: boolean;
}

/** Stock apologies. Every pattern names its noun `noun` and, when it has one, its preposition `preposition`. */
export const formulaicApologies: FormulaicApology[] = [
  {
    // "for any inconvenience (this may have caused)", "for the inconvenience caused", "about this inconvenience".
    // "Inconvenience" is the stock word: even with "the" it names nothing.
    pattern: phrase(
      `(?<preposition>for|about) (?:any|the|this|these|all the|all of the|any and all)(?: (?:minor|slight|small|possible|potential|temporary))? (?<noun>inconvenience|inconveniences)(?:${pastTail}|${futureTail})?`,
    ),
    rewrite: 'own-it',
    needsApology: true,
  },
  {
    // "for any confusion", "about any trouble this may have caused". "For the delay" names the problem and is fine.
    pattern: phrase(`(?<preposition>for|about) any(?: (?:minor|slight|small|possible|potential|temporary))? (?<noun>${anyNoun})(?:${pastTail}|${futureTail})?`),
    rewrite: 'own-it',
    needsApology: true,
  },
  {
    // "we regret any inconvenience", "the company regrets the inconvenience caused"
    pattern: phrase(
      `(?<verb>regret|regrets) (?:any|the|this)(?: (?:minor|slight|small|possible|potential|temporary))? (?<noun>${anyNoun})(?:${pastTail}|${futureTail})?`,
    ),
    rewrite: 'be-sorry',
    needsApology: false,
  },
];

const sorry = '(?:sorry|apologi[sz]e|apologi[sz]ed|apologies|apology|we regret|i regret)';
const who =
  '(?:you|anyone|anybody|any of you|some of you|someone|somebody|people|some people|customers|some customers|our customers|some of our customers|some readers|readers|those)';
const feeling =
  '(?:offended|upset|hurt|disappointed|frustrated|annoyed|confused|misled|inconvenienced|bothered|troubled|put off|unhappy|dissatisfied|angry|alarmed|worried|concerned|distressed|uncomfortable|let down|insulted|embarrassed|excluded)';
const softener = '(?:(?:a bit|a little|at all|in any way|somehow|so|really|very|slightly|personally) )?';

/** Apologies for the reader's feelings, or for an "if", instead of for what happened. */
export const conditionalApologies: RegExp[] = [
  // "sorry if you feel", "we apologize if anyone felt", "apologies if you found"
  phrase(`${sorry} if ${who}(?: (?:may|might|could))?(?: have)? (?:feel|feels|felt|find|finds|found|thought|think|thinks|perceived|perceive|read)`),
  // "sorry if you were offended", "we apologise if anyone was upset"
  phrase(`${sorry} if ${who}(?: (?:may|might|could))?(?: have)? (?:were|was|are|is|'re|been|got|get|became|become) ${softener}${feeling}`),
  // "sorry if you took offence", "apologies if anyone took it the wrong way"
  phrase(`${sorry} if ${who}(?: (?:may|might|could))?(?: have)? (?:took|take|taken) (?:offen[cs]e|(?:this|that|it|our \\p{L}+) (?:the wrong way|badly|personally))`),
  // "sorry if this caused any confusion", "we apologize if our email upset you"
  phrase(
    `${sorry} if (?:this|that|it|any of this|anything|our \\p{L}+|the \\p{L}+|my \\p{L}+)(?: (?:has|may have|might have|could have|may|might))? (?:caused|cause|causes|upset|upsets|offended|offends|confused|confuses|frustrated|annoyed|bothered|hurt|disappointed|came across|comes across|come across|sounded|seemed|felt|was (?:confusing|upsetting|offensive|misleading|unclear|hurtful|insensitive)|is (?:confusing|upsetting|offensive|misleading|unclear|hurtful|insensitive))`,
  ),
  // "sorry you feel that way", "we're sorry that you felt upset", "sorry you're disappointed"
  phrase(`(?:sorry|apologi[sz]e) (?:that )?you (?:feel|felt|are feeling|were feeling|'re feeling) (?:that way|this way|like that|like this|so|as you do|the way you do|${softener}${feeling})`),
  phrase(`(?:sorry|apologi[sz]e) (?:that )?(?:you're|you are|you were|you've been|you have been|you got) ${softener}${feeling}`),
  // "we're sorry you feel this wasn't explained well": the reader's view is the problem, not what happened.
  phrase(`(?:sorry|apologi[sz]e) (?:that )?you (?:feel|felt|think|thought|believe|believed) (?:that )?(?:this|that|it|we|our|the|there)`),
  // "apologies to anyone who was offended", "sorry to those who felt misled"
  phrase(`${sorry} (?:to|for) (?:anyone|anybody|those|any of you|everyone|all those|people) (?:who|that) (?:(?:may|might) (?:have )?)?(?:felt|feel|was ${softener}${feeling}|were ${softener}${feeling}|been ${softener}${feeling}|took offen[cs]e)`),
  // "sorry for any offence caused", "we apologize for any offense taken"
  phrase('(?:sorry|apologi[sz]e|apologies) for any offen[cs]e(?: (?:caused|taken|this (?:may have )?caused))?'),
  // The passive that hides who did it.
  phrase('(?:mistakes|errors) (?:were|have been|may have been|might have been|had been) made'),
];
