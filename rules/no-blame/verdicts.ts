import { anyOf, noWayForward, phrase, precededBy, shoutedInSentence } from '../../src/kit/index.js';
import type { Condition, PhraseEntry } from '../../src/kit/index.js';

/**
 * Accusations in the shapes that string catalogues use, beside the verb table of `phrases.ts`: a missed
 * check-in written as two words, consent the reader "has not provided", a count of the reader's failed
 * attempts, and input the reader "specified" or "filled in incorrectly". Patterns run over normalised text;
 * placeholders arrive masked as a run of x ("You ({user}) have already tried {n} times to log in").
 */

export type BlameVerdictId = 'missed' | 'didNot' | 'wrongInput';

/** "If you have not given consent, …", "when you haven't…": a condition, not a verdict. */
const inCondition = precededBy(/\b(?:if|when|whether|unless|in case|until|once)\b[^,.;:]*$/);

export const blameVerdicts: PhraseEntry<BlameVerdictId>[] = [
  {
    // "You missed your check in", "you've missed your checkin".
    messageId: 'missed',
    pattern: phrase("you(?:'ve| have)? missed your (?:check in|checkin)"),
    unless: inCondition,
    suggestions: [{ text: 'we missed you at check-in' }],
  },
  {
    // "You have not provided consent for…", "you didn't give us permission".
    messageId: 'didNot',
    pattern: phrase(
      "you (?:have not|haven't|did not|didn't|never|have never) (?:yet )?(?:provided|provide|given|give|granted|grant)(?: us)? (?:your )?(?:consent|permission|approval|authori[sz]ation)",
    ),
    unless: inCondition,
    ignoreNegation: true,
    suggestions: [{ text: "we don't have your consent yet", when: ({ match }) => /consent$/.test(match.text.toLowerCase()) }],
  },
  {
    // "You ({user}) have already tried {n} times", "You have failed 5 times": a tally of the reader's failures.
    messageId: 'didNot',
    pattern: phrase(
      "you(?: \\(x{2,}\\)| x{2,})? (?:have|'ve) (?:already )?(?:tried|attempted|failed|entered (?:it|a wrong \\p{L}+|an incorrect \\p{L}+))(?: to [\\p{L} -]+?)? (?:\\d+|x{2,}|too many|several|multiple|many|two|three|four|five|six|ten) times",
    ),
    unless: inCondition,
  },
  {
    // "You have entered an unrecognised account number", "you typed a non-existent user".
    messageId: 'wrongInput',
    pattern: phrase(
      "you(?:'ve| have)? (?:specified|entered|provided|given|typed|chosen|selected|supplied|submitted|filled in)(?: (?:an?|the|some))? (?:unknown|invalid|incorrect|wrong|non-existent|nonexistent|illegal|malformed|unrecogni[sz]ed)",
    ),
    unless: inCondition,
    // The same principle as no-blunt-verdict: followed by a way forward ("Please check it and try again"), it informs.
    when: anyOf(shoutedInSentence, noWayForward),
    extendToClauseEnd: true,
  },
  {
    // "You have left some boxes blank or completed them incorrectly", "you filled out the form incorrectly".
    messageId: 'wrongInput',
    pattern: phrase("you(?:'ve| have)? (?:not )?(?:filled (?:in|out)|completed|entered|typed|answered)[\\p{L}, ]{0,50}? incorrectly"),
    unless: inCondition,
    when: anyOf(shoutedInSentence, noWayForward),
    ignoreNegation: true,
  },
];
