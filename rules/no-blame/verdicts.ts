import { allOf, anyOf, countsAttempts, exclaimed, followedBy, guardedEntries, noWayForward, precededBy, shoutedInSentence } from '../../src/kit/index.js';
import type { CompiledPhraseEntry, Condition, EntryGuard, PhraseEntry } from '../../src/kit/index.js';

/**
 * Accusations in the shapes that string catalogues use, beside the verb table of `phrases.ts`: a missed
 * check-in written as two words, consent the reader "has not provided", a count of the reader's failed
 * attempts, and input the reader "specified" or "filled in incorrectly". The phrases are entries of
 * phrases.yaml; this module says where they are verdicts, by entry id. Conditions run over normalised text.
 */

/** Steps of setting something up, which an empty state invites: "You haven't configured a mailer yet!". */
const setupVerbs = /\b(?:configured|set up|added|created|recorded|connected|installed|enabled|linked|imported|invited|uploaded|published|started)\b/;

/** A purchase, checkout or booking the reader left unfinished, with no deadline missed. */
const cartLeft: Condition = ({ match, after }) =>
  /(?:complete|completed|finish|finished)$/.test(match.text.toLowerCase()) &&
  /^\s+(?:(?:your|the|this) )?(?:purchase|checkout|check-?out|order|booking|reservation|checking out)\b/.test(after) &&
  !/^[^.!?]*\b(?:in time|before|by the|deadline)\b/.test(after);

export type BlameVerdictId = 'missed' | 'didNot' | 'wrongInput' | 'yourFault' | 'ignored' | 'defensive';

/** "If you have not given consent, …", "when you haven't…": a condition, not a verdict. */
const inCondition = precededBy(/\b(?:if|when|whether|unless|in case|until|once)\b[^,.;:]*$/);

/** Where an entry's words are a verdict, and when each of its rewrites is offered (by position). */
type Guard = EntryGuard;

const guards: Guard[] = [
  { id: 'missed-your-check-in', unless: inCondition },
  {
    id: 'not-provided-consent',
    unless: inCondition,
    suggestionWhen: [({ match }) => /consent$/.test(match.text.toLowerCase())],
  },
  { id: 'tried-n-times', unless: inCondition },
  {
    id: 'entered-invalid',
    // "You entered the wrong sign-in details too many times": the reason for a lock-out, not a verdict on one entry.
    unless: anyOf(inCondition, ({ after }) => countsAttempts(after)),
    // The same principle as no-blunt-verdict: followed by a way forward ("Please check it and try again"), it informs.
    when: anyOf(shoutedInSentence, noWayForward),
    extendToClauseEnd: true,
  },
  {
    id: 'filled-in-incorrectly',
    unless: inCondition,
    when: anyOf(shoutedInSentence, noWayForward),
  },
  {
    id: 'did-not-exclaimed',
    when: exclaimed,
    // "You have not recorded any weights yet!", "Looks like you have not configured mailer yet!": an empty state or a
    // setup step still open, which invites a first step, not a missed duty.
    // "Oh no! You haven't completed your purchase!": the cart reminder, which blind editors read as ordinary (not "…the
    // order in time!").
    unless: anyOf(inCondition, cartLeft, precededBy(/\b(?:we|that|which|who|they|it|this|[a-z]+ed by)\b[^.!?]*$/), followedBy(/^\s+any\b[^.!?]*\byet\b/), allOf(followedBy(/^[^.!?,;]*\byet\s*(?:[!.]|$)/), anyOf(precededBy(/\b(?:looks like|it seems|seems like|appears)\b[^.!?]*$/), ({ match }) => setupVerbs.test(match.text.toLowerCase())))),
  },
  // "After several reminders from you, we fixed it": the reader's reminders to us, not ours to them.
  { id: 'despite-warnings', unless: anyOf(inCondition, precededBy(/\b(?:thanks to|thank you for)\b[^.!?]*$/), ({ after }) => /^\s*(?:from|by) (?:you|users|customers|our (?:users|customers|community))\b/.test(after)) },
  { id: 'because-you-refused', unless: inCondition },
  { id: 'your-fault-caused', unless: inCondition },
  { id: 'do-not-blame-us', unless: inCondition },
  { id: 'you-lacked-funds', unless: inCondition },
  // "We're so sorry you waited too long for a reply": the writer's apology for the wait, not the reader's fault.
  { id: 'you-took-too-long', unless: anyOf(inCondition, precededBy(/\b(?:sorry|apologi[sz]e|apologies|regret)(?: (?:that|for how long|if))?\s*$/)) },
  // "Our card reader failed, so you couldn't pay": the writer's failure, told as such.
  { id: 'you-couldnt-pay', unless: (context) => inCondition(context) || /\b(?:we|we're|we've|our|us)\b/.test(context.sentence.normal) },
];

/**
 * The verdict entries of no-blame, from the rule's compiled entries (which need the fragments the rule derives
 * from its tables), with their guards, in the order of phrases.yaml.
 */
export function blameVerdicts(compiled: readonly CompiledPhraseEntry<string>[]): PhraseEntry<BlameVerdictId>[] {
  return guardedEntries<BlameVerdictId>(compiled, guards, 'rules/no-blame/verdicts.ts', { only: true });
}
