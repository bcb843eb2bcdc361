import type { RuleContext, Sentence } from '../types.js';
import { firstWins, isCommandStart, isNegated, isQuoted, overlaps, startsSentence, toClauseEnd, type Range } from './context.js';
import { apostrophesLike, findPhrases, isProperNounAt, matchCase, type PhraseMatch } from './phrases.js';

/**
 * Phrase rules as data: a list of entries (a pattern, conditions, rewrites) run over each sentence in order.
 * no-pressure and no-guilt-trip are written this way; the conditions tell an imperative or a headline ("Hurry!")
 * from the same words in a statement ("no hurry", "in a hurry?").
 */

/** What a condition sees: the sentence, the whole match, and the normalised text either side of it. */
export interface MatchContext {
  sentence: Sentence;
  match: PhraseMatch;
  /** Normalised sentence text before the match. */
  before: string;
  /** Normalised sentence text after the match. */
  after: string;
}

export type Condition = (context: MatchContext) => boolean;

/** A rewrite of the reported words; `{name}` is filled with the named group of the match, as written. */
export interface SuggestionTemplate {
  text: string;
  /** Offer the rewrite only when this holds (it would not read well elsewhere). */
  when?: Condition;
}

/** One phrase a rule looks for, as data. */
export interface PhraseEntry<MessageId extends string> {
  messageId: MessageId;
  /** From `phrase()`. A named group `report` narrows the reported range to part of the match. */
  pattern: RegExp;
  /** Report only when this holds. */
  when?: Condition;
  /** Never report when this holds. */
  unless?: Condition;
  /** Report even when a negation comes just before the match (the default is to stay silent). */
  ignoreNegation?: boolean;
  /** Report up to the end of the clause, and its question mark: the whole question is the problem. */
  extendToClauseEnd?: boolean;
  suggestions?: SuggestionTemplate[];
}

/** A finding, in offsets of the sentence. */
export interface EntryFinding<MessageId extends string> {
  messageId: MessageId;
  start: number;
  end: number;
  actual: string;
  suggestions: string[];
}

/** The match opens the sentence, a clause or a headline, or follows "please", "so"...: see `isCommandStart`. */
export const leadIn: Condition = ({ sentence, match }) => isCommandStart(sentence, match.start);

/** A word of guessing that ends the text before a match: "Perhaps | you made a mistake", "Maybe | you typed…". */
export const guessOpener = /\b(?:perhaps|maybe|possibly|probably)\s+$/;

/** An exclamation mark closes the clause the match is in ("expires at midnight!!!"). */
export const exclaimed: Condition = ({ after }) => /^[^.?!;:,]*!/.test(after);

/**
 * An exclamation mark closes the sentence the match is in, with no turn to another thought on the way (", but
 * you were close!", "; we sent a new one!"). Unlike a "!" anywhere in the string, it is the match that is
 * shouted, not a greeting or a cheer elsewhere ("Welcome back!").
 */
export const shoutedInSentence: Condition = ({ after }) =>
  /^(?:[^.?!;:,\n]|,(?!\s*(?:but|though|although|yet|so|and (?:we|i)|we|i)\b))*!/.test(after);

/**
 * Words that offer the reader a way forward: something to do, help, or what happens next ("you'll receive an
 * e-mail once it is active", "we will attempt the payment again", "someone will be in touch", "come here (a link) if
 * you believe it's a mistake"). "can" counts, "can't" and "cannot" do not ("Your PIN is incorrect and can't be used"
 * leaves the reader nowhere to go).
 */
const wayForwardPattern =
  /\b(?:try|retry|please(?! (?:(?:do not|don't|never) (?:reply|respond|answer|come|join|return|visit|try|contact)|be (?:advised|aware|informed|notified|patient)|(?:kindly )?(?:take )?note|accept|understand|bear with us|excuse))|enter|use|check|choose|pick|select|reset|change|replace|swap|edit|update|upgrade|renew|reactivate|re-activate|resubscribe|undo|contact|ask|sign in|log in|click|tap|go to|visit|(?<!(?:not|n't|never) )reply|(?:submit|file|make|lodge|send|request) (?:an |a |your )?appeal|appeal (?:here|online|the decision|this decision)|to appeal|can(?!'t|not| not| no longer| never| only)|could(?!n't| not| never)|must contain|should contain|needs? to|at least|between|such as|like|for example|e\.g|(?:you'll|you will) (?:receive|get|be notified|be contacted)|(?:we'll|we will) (?:automatically )?(?:attempt|retry|try again)|(?:someone|our team|the team) will be in touch|reach out|get in touch|(?<!(?:not|n't|never) )(?:come|head) (?:here|over here|over to|to (?:our|the))|(?<!(?:not|n't|never) )join (?:our|the|my) (?:support |help |discord )?(?:server|discord|channel|community|forum))\b/;

/**
 * The message lets the reader contest what was done, so the sender did it: "If you believe this was a mistake, contact
 * us", "if you think that is unfair".
 */
export const mistakeAllowed = /\bif you (?:believe|think|feel)(?: that)? (?:this|it|that) (?:was|is|has been)(?: (?:made|done|taken|applied))? (?:a mistake|an error|in error|by mistake|wrong|wrongly|unfair|unjustified)\b/;

/** A kick as the notice's own verb: "You have been kicked from the server", "you got booted". */
export const kickedOut = /\b(?:been|got|get|were|was|are|is) (?:\w+ )?(?:kicked|booted)\b/;

/** What does not end when a kicked reader comes back: a ban, a lock, a termination, "You cannot rejoin". */
export const lastingExclusion =
  /\b(?:ban|bans|banned|suspend(?:ed)?|suspension|blocked|blacklisted|locked|terminated|closed|deactivated|deleted|permanent(?:ly)?|for good|forever)\b|\b(?:can't|cannot|can not|may not|won't be able to) (?:rejoin|join again|come back|return)\b/;

/** Whether `text` tells the reader what they can do next. */
export function offersWayForward(text: string): boolean {
  return wayForwardPattern.test(text.toLowerCase().replace(/[\u2018\u2019\u02bc]/g, "'").replace(/\s+/g, ' '));
}

/**
 * An action the reader can take next ("Please sign in again", "You can reapply in 30 days", "Contact us"), without
 * the hints about input that `offersWayForward` also accepts ("between 9 and 10", "at least 8 characters").
 */
const readerStepPattern =
  /\b(?:try|retry|please(?! (?:(?:do not|don't|never) (?:reply|respond|answer)|be (?:advised|aware|informed|notified|patient)|(?:kindly )?(?:take )?note|accept|understand|bear with us|excuse))|check|choose|select|reset|change|update|upgrade|renew|reactivate|re-activate|resubscribe|contact|ask|sign in|log in|click|tap|go to|visit|(?<!(?:not|n't|never) )reply|reapply|resubmit|(?:submit|file|make|lodge|send|request) (?:an |a |your )?appeal|appeal (?:here|online|the decision|this decision)|to appeal|can(?!'t|not| not| no longer| never| only)|could(?!n't| not| never)|(?:you'll|you will) (?:receive|get))\b/;

/** Whether `text` gives the reader an action to take, not only a hint about their input. */
export function offersReaderStep(text: string): boolean {
  return readerStepPattern.test(text.toLowerCase().replace(/[\u2018\u2019\u02bc]/g, "'").replace(/\s+/g, ' '));
}

/** No later sentence of the string offers a way forward ("You're not allowed to log in." and nothing more). */
export const nothingAfter: Condition = ({ sentence }) => !offersWayForward(sentence.unit.text.slice(sentence.start + sentence.text.length));

/** Neither the rest of the sentence nor a later sentence of the string tells the reader what to do next. */
export const noWayForward: Condition = (context) => !offersWayForward(context.after) && nothingAfter(context);

/** The match starts the sentence, with nothing but quotes, bullets or emoji before it. */
export const sentenceStart: Condition = ({ sentence, match }) => startsSentence(sentence, match.start);

export function followedBy(pattern: RegExp): Condition {
  return ({ after }) => pattern.test(after);
}

export function precededBy(pattern: RegExp): Condition {
  return ({ before }) => pattern.test(before);
}

export function anyOf(...conditions: Condition[]): Condition {
  return (context) => conditions.some((condition) => condition(context));
}

export function allOf(...conditions: Condition[]): Condition {
  return (context) => conditions.every((condition) => condition(context));
}

/** A capitalised word inside a sentence, not after a colon or a dash: a name ("the Clean Air Act now", "Hurry Curry"). */
export const nameLike: Condition = ({ sentence, match, before }) =>
  isProperNounAt(sentence, match.start) && !/[:;!?.|—–-]["'*_\s]*$/.test(before);

/** `matchCase`, except that a rewrite starting with a digit ("3 left") keeps its own case. */
function caseLike(original: string, replacement: string): string {
  const shouting = original === original.toUpperCase() && original !== original.toLowerCase();
  return shouting || /^\p{L}/u.test(replacement) ? matchCase(original, replacement) : replacement;
}

/** The template with its `{group}` places filled; undefined when a group it names took no part in the match. */
function fill(template: string, match: PhraseMatch): string | undefined {
  let missing = false;
  const text = template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const group = match.groups[name];
    if (!group) missing = true;
    return group?.text ?? whole;
  });
  return missing ? undefined : text;
}

/**
 * Run phrase entries over a sentence, in order, and return what to report. Matches in quotes, after a
 * negation (unless the entry says otherwise) or overlapping an earlier finding (or a range in `taken`) are
 * dropped.
 */
export function matchEntries<MessageId extends string>(
  sentence: Sentence,
  entries: readonly PhraseEntry<MessageId>[],
  taken: [number, number][] = [],
): EntryFinding<MessageId>[] {
  const findings: EntryFinding<MessageId>[] = [];
  for (const entry of entries) {
    for (const match of findPhrases(sentence, entry.pattern)) {
      const context: MatchContext = {
        sentence,
        match,
        before: sentence.normal.slice(0, match.start),
        after: sentence.normal.slice(match.end),
      };
      if (entry.when && !entry.when(context)) continue;
      if (entry.unless?.(context)) continue;
      if (!entry.ignoreNegation && isNegated(sentence, match.start)) continue;
      if (isQuoted(sentence, match.start, match.end)) continue;
      const report = entry.extendToClauseEnd ? toClauseEnd(sentence, match) : (match.groups['report'] ?? match);
      if (overlaps(taken, report.start, report.end)) continue;
      taken.push([report.start, report.end]);
      // "Don't let this opportunity expire" has no {object} to offer "Take a look at {object}" with: no rewrite then.
      const suggestions = (entry.suggestions ?? [])
        .filter((suggestion) => !suggestion.when || suggestion.when(context))
        .flatMap((suggestion) => {
          const text = fill(suggestion.text, match);
          return text === undefined ? [] : [apostrophesLike(sentence.text, caseLike(report.text, text))];
        });
      findings.push({ messageId: entry.messageId, start: report.start, end: report.end, actual: report.text.replace(/\s+/g, ' '), suggestions });
    }
  }
  return findings;
}

/** Report the findings of `matchEntries` in a sentence, each with its rewrites as suggestions. */
export function reportEntries(context: RuleContext, sentence: Sentence, findings: readonly EntryFinding<string>[]): void {
  for (const finding of findings) {
    context.report({
      sentence,
      start: finding.start,
      end: finding.end,
      messageId: finding.messageId,
      data: { actual: finding.actual },
      suggestions: finding.suggestions.map((text) => ({ text })),
    });
  }
}

/**
 * The findings of one sentence, collected before overlaps are resolved, for rules that try their strongest
 * patterns first: a finding that overlaps one added earlier is dropped when they are reported.
 */
export class Candidates<MessageId extends string> {
  private readonly found: (Range & { messageId: MessageId; suggestions: string[] })[] = [];

  constructor(private readonly sentence: Sentence) {}

  /** Add a finding at sentence offsets `start`..`end`; each rewrite takes the case and apostrophes of those words. */
  add(messageId: MessageId, start: number, end: number, rewrites: readonly string[]): void {
    const original = this.sentence.text.slice(start, end);
    this.found.push({ start, end, messageId, suggestions: rewrites.map((text) => matchCase(original, apostrophesLike(original, text))) });
  }

  /** Report every finding that overlaps no earlier one, in order of position, with the words as `{actual}`. */
  report(context: RuleContext): void {
    const sentence = this.sentence;
    for (const finding of firstWins(this.found)) {
      context.report({
        sentence,
        start: finding.start,
        end: finding.end,
        messageId: finding.messageId,
        data: { actual: sentence.text.slice(finding.start, finding.end).replace(/\s+/g, ' ') },
        suggestions: finding.suggestions.map((text) => ({ text })),
      });
    }
  }
}
