import { phrase } from '../../src/kit/index.js';

/**
 * Nouns for something that went wrong for the reader, mapped to the word a rewrite should use. Cute words
 * ("hiccup", "blip", "snag") become "problem": dropping only the adjective would keep the belittling noun.
 */
export const problemNouns: Readonly<Record<string, string>> = {
  inconvenience: 'inconvenience',
  inconveniences: 'inconveniences',
  hiccup: 'problem',
  hiccups: 'problems',
  blip: 'problem',
  blips: 'problems',
  snag: 'problem',
  snags: 'problems',
  glitch: 'glitch',
  glitches: 'glitches',
  hassle: 'hassle',
  setback: 'setback',
  setbacks: 'setbacks',
  disruption: 'disruption',
  disruptions: 'disruptions',
  delay: 'delay',
  delays: 'delays',
  interruption: 'interruption',
  interruptions: 'interruptions',
  outage: 'outage',
  outages: 'outages',
  downtime: 'downtime',
  'mix-up': 'mix-up',
  'mix-ups': 'mix-ups',
  mixup: 'mix-up',
  mixups: 'mix-ups',
  issue: 'issue',
  issues: 'issues',
  problem: 'problem',
  problems: 'problems',
  error: 'error',
  errors: 'errors',
  mistake: 'mistake',
  mistakes: 'mistakes',
  oversight: 'oversight',
};

/** Nouns that also name the reader's own slip ("a small error in your address"): flagged only when it was ours. */
export const sharedBlameNouns: ReadonlySet<string> = new Set(['error', 'errors', 'mistake', 'mistakes', 'oversight']);

/** Nouns that release notes use ("fixed a minor issue"): silent when the sentence is about fixing. */
export const releaseNoteNouns: ReadonlySet<string> = new Set(['glitch', 'glitches', 'issue', 'issues', 'problem', 'problems', 'error', 'errors']);

/** Mass nouns: "a little downtime" becomes "some downtime", not "a downtime". */
export const massNouns: ReadonlySet<string> = new Set(['downtime']);

const problemNounPattern = Object.keys(problemNouns)
  .sort((a, b) => b.length - a.length)
  .join('|');

const shrinkingAdjective = "(?:(?:very|really|super|teeny|tiny|little|wee) )?(?:minor|slight|small|little|tiny|teeny|teeny-tiny|itty-bitty|wee|mini)";

const feeNoun =
  '(?:(?:price|monthly|annual|yearly|one-off|one-time|service|late|admin|administration|processing|handling|delivery|shipping|booking|cancellation|transaction|card) )?(?:fee|fees|charge|charges|cost|costs|surcharge|surcharges|price|amount|sum|payment|payments|deposit|increase|rise|top-up|premium)';

/**
 * How a finding is rewritten:
 * - `rebuild`: drop the minimiser ("just", "only") and the shrinking adjective, map the noun, fix the article;
 * - `drop-lead`: drop the leading "only" or "just" and keep the rest ("only temporary" -> "temporary");
 * - `drop-word`: drop the word, keeping what follows ("merely a formality" -> "a formality");
 * - `none`: no mechanical rewrite reads well; the message explains what to write.
 */
export type Rewrite = 'rebuild' | 'drop-lead' | 'drop-word' | 'none';

/**
 * Extra checks a match must pass:
 * - `ours`: for error words, only when the mistake was ours ("we made a small mistake"), not the reader's;
 * - `not-fix-context`: silent in release notes ("Fixed a minor issue");
 * - `no-reason`: silent when the sentence gives the reason for calm ("…, so there's nothing to worry about").
 */
export type Condition = 'ours' | 'not-fix-context' | 'no-reason' | 'not-for-us';

export interface MinimizingPhrase {
  pattern: RegExp;
  messageId: 'problem' | 'cost' | 'dismissive' | 'effort';
  rewrite: Rewrite;
  conditions?: Condition[];
}

export const minimizingPhrases: MinimizingPhrase[] = [
  // Money first: "just a small fee" must be read as a cost, not as a small problem.
  {
    // "just a small fee", "only a tiny charge", "merely a modest price increase"
    pattern: phrase(`(?<lead>just|only|merely) (?:(?<article>a|an) )?(?<modifier>(?:(?:very|really) )?(?:small|tiny|little|minor|nominal|modest|token|teeny|low|wee|slight)) (?<noun>${feeNoun})`),
    messageId: 'cost',
    rewrite: 'rebuild',
  },
  {
    // "a nominal fee", "a token charge"
    pattern: phrase(`(?:(?<article>a|an) )?(?<modifier>nominal|token) (?<noun>${feeNoun})`),
    messageId: 'cost',
    rewrite: 'rebuild',
  },
  {
    // "a small price increase", "a slight rate rise", "a minor surcharge"
    pattern: phrase(
      '(?:(?<article>a|an) )?(?<modifier>(?:very )?(?:small|slight|minor|modest|tiny|little)) (?<noun>(?:price|pricing|rate|fee|subscription|membership|plan|bill|billing|premium) (?:increase|rise|hike|adjustment|change)s?|surcharge|surcharges)',
    ),
    messageId: 'cost',
    rewrite: 'rebuild',
  },
  {
    // "a slight increase to your monthly price"
    pattern: phrase(
      '(?:(?<article>a|an) )?(?<modifier>(?:very )?(?:small|slight|minor|modest|tiny|little)) (?<noun>(?:increase|rise|adjustment|hike)s?)(?= (?:in|to) (?:your|the|our) (?:price|prices|plan|subscription|bill|fee|fees|rate|rates|monthly|annual|membership|premium|pricing)\\b)',
    ),
    messageId: 'cost',
    rewrite: 'rebuild',
  },
  {
    // "it's only $2 more a month", "just an extra £3": the increase is played down. "Just $5 a month" is a price
    // and stays silent.
    pattern: phrase('(?<lead>only|just|merely) (?:(?:an|a) (?:extra|additional) [$£€]\\d[\\d.,]*|[$£€]\\d[\\d.,]* (?:more|extra)|\\d+(?:p|c| cents| pence) (?:more|extra))'),
    messageId: 'cost',
    rewrite: 'drop-lead',
  },
  {
    // "a minor inconvenience", "just a small hiccup", "a tiny delay", "only minor issues"
    // "Only minor issues were reported" is a report of scope; "only" counts as a minimiser before "a" or "an".
    pattern: phrase(`(?:(?<lead>just|only|merely) (?=an? ))?(?:(?<article>a|an) )?(?<modifier>${shrinkingAdjective}) (?<noun>${problemNounPattern})`),
    messageId: 'problem',
    rewrite: 'rebuild',
    conditions: ['ours', 'not-fix-context'],
  },
  {
    // "a bit of a delay", "a little bit of an inconvenience"
    pattern: phrase(`(?:(?<lead>just|only|merely) )?(?<modifier>a (?:little |tiny |small )?bit of) (?<article>a|an) (?<noun>${problemNounPattern})`),
    messageId: 'problem',
    rewrite: 'rebuild',
    conditions: ['ours', 'not-fix-context'],
  },
  {
    // "it's just a glitch", "only a short delay", "merely an inconvenience"
    pattern: phrase(
      '(?<lead>just|only|merely) (?<article>a|an) (?<modifier>(?:(?:very )?(?:short|brief|quick) )?)(?<noun>delay|glitch|hiccup|blip|inconvenience|hassle|snag|mix-up|mixup|outage|interruption|wait)',
    ),
    messageId: 'problem',
    rewrite: 'drop-lead',
  },
  {
    // "only a few minutes of downtime", "just two days late". The duration alone is a fact and stays silent.
    pattern: phrase(
      '(?<lead>just|only|merely) (?:a few|a couple of|a couple|a handful of|one|two|three|four|five|\\d+) (?:minutes?|hours?|days?|weeks?)(?: of)? (?:downtime|delay|disruption|outage|waiting|late|behind)',
    ),
    messageId: 'problem',
    rewrite: 'drop-lead',
  },
  {
    // "Nothing to worry about!", "it's nothing to worry about"
    pattern: phrase('nothing (?:at all |really |much )?to (?:worry|be worried|fret|stress|panic) (?:about|over)'),
    messageId: 'dismissive',
    rewrite: 'none',
    conditions: ['no-reason'],
  },
  {
    // "It's no big deal", "not a huge deal", "no biggie", "no harm done"
    pattern: phrase("no (?:big|huge|real) deal|not (?:a|that|such a|that big of a|that big a|really a) (?:big |huge )?deal|not that big (?:of )?a deal|no biggie|no harm done"),
    messageId: 'dismissive',
    rewrite: 'none',
    conditions: ['not-for-us'],
  },
  {
    // "it's only temporary", "this is just temporary"
    pattern: phrase('(?<lead>only|just|merely) (?:temporary|a temporary (?:issue|problem|glitch|delay|outage|thing))'),
    messageId: 'dismissive',
    rewrite: 'drop-lead',
  },
  {
    // "It's merely a formality", "the charge was merely $2": "merely" belittles whatever it touches in this copy.
    pattern: phrase("(?<=(?:\\b(?:is|was|are|were|be|been|seems|seemed)|'s) )merely|merely(?= (?:a|an|one|temporary|[$£€\\d])\\b)"),
    messageId: 'dismissive',
    rewrite: 'drop-word',
  },
  {
    // "It's simply a matter of updating your card"
    pattern: phrase('(?:simply|just|only|merely) (?:a )?(?:matter|question|case) of'),
    messageId: 'effort',
    rewrite: 'none',
  },
];

/** Words before a match that deny it: "no small inconvenience", "more than a minor hiccup", "not just a delay". */
export const denial = /\b(?:no|not|never|hardly|isn't|wasn't|aren't|weren't|far from|anything but|more than|n't)\s+(?:(?:a|an|just|only|merely|such a|simply|really|exactly)\s+)*$/;

/** A sentence about fixing something: release notes ("Fixed a minor issue with notifications"). */
export const fixContext = /\b(?:fix|fixed|fixes|fixing|resolved|resolves|resolve|squashed|patched|addressed)\b/;

/** The mistake was ours: "we made a small mistake", "a minor error on our part", "our tiny oversight". */
export const ourMistake = /\b(?:we|i)(?:'ve| have| had|'d)? (?:made|make|caused|introduced)\b|\bour\s+$|\bon (?:our|my) (?:part|side|end)\b|\b(?:by|from) us\b/;

/** The sentence gives the fact behind the calm: "…, so there's nothing to worry about". */
export const reasonGiven = /\b(?:so|because|since|which means|that means|means)\b/;
