import { Candidates, clauseBefore, compilePhraseEntries, countsAttempts, defineRule, findPhrases, guessOpener, isInCondition, isQuestion, isQuoted, matchEntries, previousWord, startsSentence } from '../../src/kit/index.js';
import type { PhraseMatch, Sentence } from '../../src/kit/index.js';
import { blameVerdicts } from './verdicts.js';
import {
  accusingAuxiliaries,
  blameVerbs,
  checkFrames,
  conditionMarkers,
  denialFrame,
  failureNominals,
  faultCompounds,
  faultNouns,
  hedges,
  inputNounClasses,
  inputVerbs,
  missedObjects,
  noChanceVerbs,
  objectMarkers,
  subjectAdverbs,
  wrongAdjectives,
  type BlameVerb,
} from './phrases.js';
import { phraseData } from './phrases.data.js';

type MessageId = 'didNot' | 'missed' | 'wrongInput' | 'yourFault' | 'hindsight' | 'mistake' | 'ignored' | 'defensive';

// ---------------------------------------------------------------------------------------------------------------
// Patterns, compiled once from the data in phrases.yaml. The verb forms and lists the patterns include are
// derived from the tables here and handed to the compiler as fragments (providedFragments in the data).

const byLength = (items: readonly string[]) => [...items].sort((a, b) => b.length - a.length);
const particleOf = (verb: BlameVerb) => (verb.particle ? `(?:${verb.particle})?` : '');
const verbForms = (form: (verb: BlameVerb) => string | undefined) =>
  blameVerbs
    .flatMap((verb) => (form(verb) ?? '').split('|').filter(Boolean).map((text) => ({ text, verb })))
    .sort((a, b) => b.text.length - a.text.length)
    .map(({ text, verb }) => text + particleOf(verb))
    .join('|');
/** An auxiliary list where contracted items ("'ve failed to") attach to "you" without a space. */
const auxiliaries = (items: readonly string[]) => byLength(items).map((item) => (item.startsWith("'") ? item : ` ${item}`)).join('|');

const provided = {
  bases: verbForms((verb) => verb.base),
  pasts: verbForms((verb) => verb.past),
  participles: verbForms((verb) => verb.participle),
  /** "you", optionally followed by an adverb: "you still", "you clearly". */
  subject: `you(?<adv> (?:${byLength(subjectAdverbs).join('|')}))?`,
  accusingAux: auxiliaries(accusingAuxiliaries),
  missedObjectGroups: missedObjects.map((object, index) => `(?<object${index}>${object.nouns})`).join('|'),
  inputVerbAlternation: byLength(inputVerbs).join('|'),
  faultNounAlternation: faultNouns.map((entry) => entry.nouns).join('|'),
};
/** The data with the derived fragments filled in, as the rule declares it (for the examples check). */
const phrases = { ...phraseData, fragments: { ...phraseData.fragments, ...provided } };
const compiled = compilePhraseEntries(phrases, 'didNot');
const patterns = new Map(compiled.map((entry) => [entry.id, entry.pattern]));
/** The catalogue-shaped accusations of verdicts.ts, with their guards. */
const verdicts = blameVerdicts(compiled);
const pattern = (id: string): RegExp => {
  const found = patterns.get(id);
  if (!found) throw new Error(`${phraseData.file} has no entry "${id}"`);
  return found;
};

const didNotPattern = pattern('did-not');
const accusingPattern = pattern('failed-to');
const haveNotPattern = pattern('have-not');
const neverPattern = pattern('never');
const missedPattern = pattern('missed');
const failedCheckPattern = pattern('failed-check');
const inputPattern = pattern('wrong-input');
const inputHeadPattern = pattern('wrong-input-head');
/** Input verbs for which "the <noun> didn't go through" keeps the meaning; choosing a plan is not typing a number. */
const entryVerbs = /^(entered|typed|typed in|put in|filled in|input|provided|provided us with|submitted|supplied|sent us|added|used)$/;

const causePattern = pattern('due-to-your-error');
const faultNounPatterns = faultNouns.map((entry) => ({ pattern: new RegExp(`^(?:${entry.nouns})$`), replacement: entry.replacement }));
const failurePattern = pattern('your-failure-to');
const faultPattern = pattern('your-fault');
const hindsightPattern = pattern('should-have');
const supposedPattern = pattern('were-supposed-to');
const mistakePattern = pattern('you-made-a-mistake');
const mistypedPattern = pattern('you-mistyped');
const ignoredPattern = pattern('you-ignored');

const conditionPattern = new RegExp(`(?<![\\p{L}'])(?:${conditionMarkers})(?![\\p{L}])`, 'gu');
const hedgePattern = new RegExp(`(?:^|[^\\p{L}])(?:${hedges})\\s*$`, 'u');
const objectMarkerPattern = new RegExp(`^(?:${objectMarkers})$`);
const denialPattern = new RegExp(denialFrame, 'u');
const checkFramePattern = new RegExp(`(?:^|[^\\p{L}])${checkFrames}\\s*$`, 'u');
const faultCompoundPattern = new RegExp(`^\\s+(?:${faultCompounds})(?![\\p{L}])`, 'u');
/** Per verb, the words after it that make it no missed duty ("pay a penny"), compiled once. */
const unlessPatterns = new Map(blameVerbs.filter((verb) => verb.unless).map((verb) => [verb, new RegExp(`^\\s*(?:${verb.unless})(?![\\p{L}])`, 'u')]));
const objectFollows = /^\s+(?:the|your|a|an|this|that|these|those|our|my|any|all|it|them|both|every|each|two|three|\d+|its|his|her|their)(?![\p{L}])/u;
const messageNoun = /^(?:\s+[\p{L}\d'-]+){0,4}?\s+(?:emails?|e-mails?|messages?|reminders?|notices?|letters?|calls?|requests?|texts?|invoices?|warnings?)(?![\p{L}])/u;

/**
 * Cheap keyword tests run before each pattern: most sentences contain none of these words, and `findPhrases`
 * compiles its pattern with match indices on every call.
 */
const gates = {
  input: new RegExp(`\\byou[\\s\\S]*(?:${wrongAdjectives})`),
  accusing: /\byou[\s\S]*(?:fail|forg|neglect|omit|bother)/,
  failedCheck: /\byou[\s\S]*failed/,
  didNot: /\byou[\s\S]*\bdid(?:n'?t|\s+not)/,
  haveNot: /\byou[\s\S]*(?:haven|have\s+not|have\s+still|'ve\s+not)/,
  never: /\byou\s+never\b/,
  missed: /\byou[\s\S]*missed/,
  cause: /\byour\b/,
  failure: /your\s+(?:own\s+)?failure\s+to/,
  fault: /fault|blame/,
  hindsight: /\byou[\s\S]*(?:should|ought)/,
  supposed: /\byou\s+(?:were|was)\s+(?:supposed|meant|required|expected)/,
  mistake: /\byou[\s\S]*made/,
  mistyped: /\byou[\s\S]*(?:\bmis|wrong|incorrect|erroneous|mangl|botch|messed|screwed)/,
  ignored: /\byou[\s\S]*(?:ignor|disregard)/,
};

// ---------------------------------------------------------------------------------------------------------------
// Rewrites.

/** A matched group as `sentence.normal` has it: lower case, straight apostrophes, single spaces. */
function normalGroup(match: PhraseMatch, name: string): string {
  return (match.groups[name]?.text ?? '').toLowerCase().replace(/[\u2018\u2019\u02bc]/g, "'").replace(/\s+/g, ' ');
}

/** The blame verb a matched verb group starts with, and the words after the verb form (its particle). */
function identify(verbText: string, form: (verb: BlameVerb) => string | undefined): { verb: BlameVerb; particle: string } | undefined {
  const normal = verbText.toLowerCase().replace(/\s+/g, ' ');
  let best: { verb: BlameVerb; length: number } | undefined;
  for (const verb of blameVerbs) {
    for (const text of (form(verb) ?? '').split('|')) {
      if (!text) continue;
      if ((normal === text || normal.startsWith(text + ' ')) && (!best || text.length > best.length)) best = { verb, length: text.length };
    }
  }
  if (!best) return undefined;
  // Keep the particle as written, measured on the original text (white space may be longer than one space).
  const words = best.verb.base.split(' ').length;
  const particle = verbText.replace(new RegExp(`^\\S+(?:\\s+\\S+){${words - 1}}`), '');
  return { verb: best.verb, particle };
}

/** "the card number" + "didn't work" with agreement for plurals: "the details don't look right". */
function isPlural(noun: string): boolean {
  return /[^s]s$/i.test(noun) && !/(us|is|ss)$/i.test(noun);
}

/**
 * Culprit-free rewrites of "you <didn't|haven't|failed to|...> <verb>", best first. `perfect` is true for
 * "haven't" and "never", which describe a state that is still open.
 */
function dutyRewrites(sentence: Sentence, match: PhraseMatch, verbText: string, base: string, verb: BlameVerb | undefined, perfect: boolean): string[] {
  const rest = sentence.normal.slice(match.end);
  const hasObject = objectFollows.test(rest);
  const particle = verb ? (identify(verbText, (entry) => entry.base)?.particle ?? '') : '';
  const received = perfect ? "we haven't received" : "we didn't receive";
  const rewrites: string[] = [];
  switch (verb?.kind) {
    case 'pay':
      rewrites.push(hasObject ? `${received} payment for` : `${received} your payment`);
      break;
    case 'reply': {
      const heard = perfect ? "we haven't heard back from you" : "we didn't hear back from you";
      const consumedTo = /^\s*to$/i.test(particle);
      rewrites.push(consumedTo || hasObject ? `${heard} about` : heard);
      break;
    }
    case 'receive':
      if (hasObject) rewrites.push(received);
      break;
    case 'confirm':
      rewrites.push(hasObject ? `${received} confirmation of` : `${received} your confirmation`);
      break;
    case 'attend':
      if (hasObject) rewrites.push('we missed you at');
      break;
    case 'check-in':
      rewrites.push('we missed you at check-in');
      break;
    case 'show-up':
      rewrites.push('we missed you');
      break;
    default:
      break;
  }
  // "It looks like you didn't get a chance to show up" misses the point of an event; "We missed you" is enough.
  if (verb && (verb.kind === 'attend' || verb.kind === 'check-in' || verb.kind === 'show-up')) return rewrites;
  if (noChanceVerbs.has(base)) return rewrites;
  const chance = perfect ? `you haven't had a chance to ${base}` : `you didn't get a chance to ${base}`;
  rewrites.push((startsSentence(sentence, match.start) ? `it looks like ${chance}` : chance) + particle.toLowerCase().replace(/\s+/g, ' '));
  return rewrites;
}

// ---------------------------------------------------------------------------------------------------------------
// Context: when "you" is not the one accused.

interface SubjectCheck {
  /** A mild form ("didn't", "haven't", "forgot to", "missed"): a hedge such as "looks like" softens it enough. */
  mild: boolean;
}

/**
 * "You entered the wrong sign-in details too many times": the reason for a lock-out, stated as a count, not a
 * verdict on one entry. The labels of real copy agree: a rate-limit notice reads as information.
 */
function rateLimit(sentence: Sentence, match: PhraseMatch): boolean {
  // From the start of the match: a long object ("the wrong sign-in details too many times") can take the count in.
  return countsAttempts(sentence.normal.slice(match.start));
}

/** A noun phrase that "you" follows as the subject of a relative clause: "the case you…", "people you…". */
const relativeClauseHead =
  /(?:\b(?:the|an?|any|some|those|these|every|each|other|all|no)\s+(?:[\p{L}-]+\s+){0,2}?(?!(?:because|since|as|so|if|when|unless|although|though|while|after|before|until|and|but|or|that|which|who|once|where|why|how)\s)[\p{L}-]+|\b(?:people|someone|anyone|anybody|somebody|persons|users|strangers|things|items|ones|something|anything|everything|nothing))\s+$/u;

function isAccusation(sentence: Sentence, match: PhraseMatch, check: SubjectCheck): boolean {
  if (isQuoted(sentence, match.start, match.end)) return false;
  const prefix = sentence.normal.slice(0, match.start);
  // "the code we sent you", "thank you", "for you": "you" is an object, not the one who failed.
  if (objectMarkerPattern.test(previousWord(sentence, match.start))) return false;
  // "This isn't because you ...", "It doesn't mean you ...".
  if (denialPattern.test(prefix)) return false;
  // "people you haven't met", "the case you did not select", "anything you didn't order": "you" opens a clause
  // that names a thing or a person, not the reader's failure.
  if (relativeClauseHead.test(prefix)) return false;
  // "Make sure you didn't ...", "check that you haven't ...": a request to check, not a verdict.
  if (checkFramePattern.test(prefix)) return false;
  if (isInCondition(sentence, match.start, conditionPattern)) return false;
  // "Either the passwords didn't match, or you didn't enter one": one of several possible causes, not a verdict.
  if (check.mild && /\b(?:either\b[^.!?]*\bor|,\s*or)\s*$/.test(prefix)) return false;
  if (check.mild && hedgePattern.test(clauseBefore(sentence, match.start))) return false;
  return true;
}

// ---------------------------------------------------------------------------------------------------------------

export default defineRule({
  meta: {
    id: 'no-blame',
    description: 'Accusations aimed at the reader, such as a failure verb with “you” as its subject or “due to your error”.',
    level: 'warn',
    fix: 'suggest',
    phrases,
    messages: {
      didNot:
        '“{actual}” names the reader as the one who failed, which puts them on the defensive just when you need them to act. Say what happened or what you saw, then the next step, for example “We haven’t received your payment yet. You can pay here.”',
      missed:
        '“{actual}” makes the reader the culprit for a date or payment that slipped by, which feels like a scolding. Say what happened and what they can do now, for example “We missed you at your appointment. Book a new time here.”',
      wrongInput:
        '“{actual}” blames the reader for the details, when a typo, an expired card or your own form could be the cause. Say what the system saw and how to fix it, for example “That card number didn’t go through. Please check it and try again.”',
      yourFault:
        '“{actual}” assigns the fault to the reader, which reads as an accusation even when it is accurate. Describe the cause without a culprit, for example “because the payment didn’t go through”.',
      hindsight:
        '“{actual}” lectures the reader about what they should have done, which cannot be undone and only stings. Say what they can do now, for example “You can still contact us until Friday.”',
      mistake:
        '“{actual}” tells the reader they got it wrong, which embarrasses them without helping them fix it. Point at the detail to check instead, for example “There may be a typo in the email address. Please check it.”',
      defensive:
        '“{actual}” answers a complaint the reader has not made, which casts them as the one about to blame you. Say what is going on and where to get help, for example “Some providers make it hard to add an account; write to us and we’ll help you set it up.”',
      ignored:
        '“{actual}” accuses the reader of ignoring you, when your messages may never have reached them or came at a bad time. Say that you haven’t heard back and how to reply, for example “We haven’t heard back from you about your invoice. Reply here and we’ll help.”',
    },
  },
  create(context) {
    return {
      sentence(sentence) {
        if (isQuestion(sentence)) return;
        // Strong forms first: a weaker pattern inside the same words is dropped when the candidates are reported.
        const candidates = new Candidates<MessageId>(sentence);
        const add = (match: PhraseMatch, messageId: MessageId, rewrites: string[]) => candidates.add(messageId, match.start, match.end, rewrites);
        /** "You didn't pay a penny", "you didn't sign up for spam": the verb names no missed duty here. */
        const noDuty = (match: PhraseMatch, verb: BlameVerb | undefined) =>
          verb !== undefined && (unlessPatterns.get(verb)?.test(sentence.normal.slice(match.end)) ?? false);
        const scan = (gate: RegExp, pattern: RegExp) => (gate.test(sentence.normal) ? findPhrases(sentence, pattern) : []);
        const verbOf = (match: PhraseMatch) => match.groups['verb']?.text ?? '';

        for (const match of scan(gates.input, inputPattern)) {
          if (!isAccusation(sentence, match, { mild: false }) || rateLimit(sentence, match)) continue;
          add(match, 'wrongInput', inputRewrites(sentence, match));
        }
        for (const match of scan(gates.input, inputHeadPattern)) {
          if (!isAccusation(sentence, match, { mild: false }) || rateLimit(sentence, match)) continue;
          add(match, 'wrongInput', []);
        }

        for (const match of scan(gates.accusing, accusingPattern)) {
          const aux = normalGroup(match, 'aux');
          const mild = /forg/.test(aux);
          if (!isAccusation(sentence, match, { mild })) continue;
          const verbText = verbOf(match);
          const known = identify(verbText, (verb) => verb.base);
          if (noDuty(match, known?.verb)) continue;
          const base = known ? known.verb.base : verbText.toLowerCase();
          const perfect = /have|'ve/.test(aux);
          // "You RSVPed…, but failed to attend", "You have not only failed to repay but…", "You keep failing to pay": a
          // rewrite of the phrase alone would drop the reader's first verb or leave the sentence broken.
          const plain = !/\b(?:not only|keep|kept|repeatedly|continually|constantly)\b/.test(aux) && !/\b(?:but|yet)\b/.test(match.text.toLowerCase());
          add(match, 'didNot', plain ? dutyRewrites(sentence, match, verbText, base, known?.verb, perfect) : []);
        }

        for (const match of scan(gates.failedCheck, failedCheckPattern)) {
          if (!isAccusation(sentence, match, { mild: false })) continue;
          // "You failed the identity check" -> "We couldn't complete the identity check".
          const det = normalGroup(match, 'det');
          const noun = normalGroup(match, 'noun');
          const perfect = /have|'ve/.test(normalGroup(match, 'aux'));
          add(match, 'didNot', [`${perfect ? "we haven't been able to complete" : "we couldn't complete"} ${det === 'your' ? 'your' : 'the'} ${noun}`]);
        }

        for (const match of scan(gates.didNot, didNotPattern)) {
          if (!isAccusation(sentence, match, { mild: true })) continue;
          const verbText = verbOf(match);
          const known = identify(verbText, (verb) => verb.base);
          if (noDuty(match, known?.verb)) continue;
          add(match, 'didNot', dutyRewrites(sentence, match, verbText, known?.verb.base ?? verbText, known?.verb, false));
        }

        for (const match of scan(gates.haveNot, haveNotPattern)) {
          const verbText = verbOf(match);
          const known = identify(verbText, (verb) => verb.participle);
          if (!known || noDuty(match, known.verb)) continue;
          const still = /still/.test(normalGroup(match, 'adv') + normalGroup(match, 'aux'));
          // "You haven't verified your email yet" is an open reminder; "you still haven't" is a reproach.
          if (!known.verb.openState && !still) continue;
          // "We noticed you still haven't paid": "still" makes it a reproach, whatever softens it before.
          if (!isAccusation(sentence, match, { mild: !still })) continue;
          add(match, 'didNot', dutyRewrites(sentence, match, known.verb.base + known.particle, known.verb.base, known.verb, true));
        }

        for (const match of scan(gates.never, neverPattern)) {
          if (!isAccusation(sentence, match, { mild: true })) continue;
          const verbText = verbOf(match);
          const known = identify(verbText, (verb) => verb.past);
          if (!known || noDuty(match, known.verb)) continue;
          add(match, 'didNot', dutyRewrites(sentence, match, known.verb.base + known.particle, known.verb.base, known.verb, true));
        }

        for (const match of scan(gates.missed, missedPattern)) {
          if (!isAccusation(sentence, match, { mild: true })) continue;
          add(match, 'missed', missedRewrites(match));
        }

        for (const match of scan(gates.cause, causePattern)) {
          if (isQuoted(sentence, match.start, match.end) || isInCondition(sentence, match.start, conditionPattern)) continue;
          if (faultCompoundPattern.test(sentence.normal.slice(match.end))) continue;
          const noun = match.groups['noun']?.text.toLowerCase().replace(/\s+/g, ' ') ?? '';
          const replacement = faultNounPatterns.find((entry) => entry.pattern.test(noun))?.replacement;
          const prep = match.groups['prep']?.text ?? '';
          add(match, 'yourFault', replacement ? [`${prep.toLowerCase().replace(/\s+/g, ' ')} ${replacement}`] : []);
        }

        for (const match of scan(gates.failure, failurePattern)) {
          if (isQuoted(sentence, match.start, match.end) || isInCondition(sentence, match.start, conditionPattern)) continue;
          const known = identify(verbOf(match), (verb) => verb.base);
          const nominal = known ? failureNominals[known.verb.base] : undefined;
          const rest = sentence.normal.slice(match.end);
          const standsAlone =
            /^[\s"')\]]*(?:[,.;:!?]|$)/.test(rest) ||
            /^\s+(?:means|meant|has|had|will|may|might|could|is|was|led|leads|caused|causes|resulted|results)(?![\p{L}])/u.test(rest);
          add(match, 'yourFault', nominal && standsAlone && !/\S/.test(known?.particle ?? '') ? [nominal] : []);
        }

        for (const match of scan(gates.fault, faultPattern)) {
          if (isQuoted(sentence, match.start, match.end) || isInCondition(sentence, match.start, conditionPattern)) continue;
          if (/(?:n't|\bnot|\bnever|\bno one|\bnobody|\bnone)\b/.test(clauseBefore(sentence, match.start))) continue;
          add(match, 'yourFault', []);
        }

        for (const match of scan(gates.hindsight, hindsightPattern)) {
          if (!isAccusation(sentence, match, { mild: false })) continue;
          const known = identify(verbOf(match), (verb) => verb.participle);
          if (!known || noDuty(match, known.verb)) continue;
          add(
            match,
            'hindsight',
            startsSentence(sentence, match.start) ? [`next time, you can ${known.verb.base}${known.particle.replace(/\s+/g, ' ')}`] : [],
          );
        }

        for (const match of scan(gates.supposed, supposedPattern)) {
          if (!isAccusation(sentence, match, { mild: false })) continue;
          add(match, 'hindsight', [`we asked you to ${verbOf(match).toLowerCase().replace(/\s+/g, ' ')}`]);
        }

        for (const match of scan(gates.mistake, mistakePattern)) {
          if (!isAccusation(sentence, match, { mild: false })) continue;
          // "Perhaps you made a mistake entering your code": a guess offered as help, the way "may have made" is one.
          if (guessOpener.test(sentence.normal.slice(0, match.start))) continue;
          const object = match.groups['object']?.text.replace(/\s+/g, ' ') ?? '';
          const plural = /s$/i.test(object);
          const aux = normalGroup(match, 'aux');
          const perfect = /have|'ve/.test(aux);
          // "You may have made a mistake" is a guess, and so is its rewrite: "there may be a mistake".
          const guess = /\b(?:may|might|must|probably)\b/.test(aux);
          const there = guess ? 'there may be' : perfect ? (plural ? 'there are' : "there's") : plural ? 'there were' : 'there was';
          add(match, 'mistake', [`${there} ${object.toLowerCase()}`]);
        }

        for (const match of scan(gates.mistyped, mistypedPattern)) {
          if (!isAccusation(sentence, match, { mild: false })) continue;
          if (guessOpener.test(sentence.normal.slice(0, match.start))) continue;
          const verb = match.groups['verb']?.text.toLowerCase() ?? '';
          const typo = /^mis(typed|spel|entered)/.test(verb) && objectFollows.test(sentence.normal.slice(match.end));
          add(match, 'mistake', typo ? ['there may be a typo in'] : []);
        }

        for (const match of scan(gates.ignored, ignoredPattern)) {
          if (!isAccusation(sentence, match, { mild: false })) continue;
          const rest = sentence.normal.slice(match.end);
          if (!objectFollows.test(rest)) continue;
          const perfect = /have|'ve/.test(normalGroup(match, 'aux'));
          const heard = perfect ? "we haven't heard back from you about" : "we didn't hear back from you about";
          add(match, 'ignored', messageNoun.test(rest) ? [heard] : []);
        }

        for (const found of matchEntries(sentence, verdicts)) candidates.add(found.messageId, found.start, found.end, found.suggestions);
        candidates.report(context);
      },
    };
  },
});

/** "You entered the wrong card number" -> "The card number didn't go through", when nothing but "again" follows. */
function inputRewrites(sentence: Sentence, match: PhraseMatch): string[] {
  if (!/^(?:\s+again)?[\s"')\]*_]*(?:[.!;:,]|$)/.test(sentence.normal.slice(match.end))) return [];
  const verb = match.groups['verb']?.text.toLowerCase().replace(/\s+/g, ' ') ?? '';
  const noun = match.groups['noun']?.text.replace(/\s+/g, ' ') ?? '';
  const adjective = match.groups['adj']?.text.toLowerCase() ?? '';
  if (!noun || !entryVerbs.test(verb)) return [];
  const plural = isPlural(noun);
  if (adjective === 'expired') return [`the ${noun} ${plural ? 'have' : 'has'} expired`];
  const lower = noun.toLowerCase();
  const template = inputNounClasses.find((entry) => entry.pattern.test(lower))?.template ?? "the {noun} we received {doesn't} look right";
  return [template.replace('{noun}', noun).replace("{doesn't}", plural ? "don't" : "doesn't")];
}

/** "You missed the deadline" -> "The deadline has passed"; "you missed your appointment" -> "We missed you at your appointment". */
function missedRewrites(match: PhraseMatch): string[] {
  const perfect = /have|'ve/.test(normalGroup(match, 'aux'));
  const det = match.groups['det']?.text ?? '';
  const mod = match.groups['mod']?.text;
  const index = missedObjects.findIndex((_, position) => match.groups[`object${position}`] !== undefined);
  const object = missedObjects[index];
  const noun = match.groups[`object${index}`]?.text.replace(/\s+/g, ' ') ?? '';
  const phraseText = [det, mod, noun].filter(Boolean).join(' ');
  switch (object?.rewrite) {
    case 'passed': {
      const plural = /s$/i.test(noun);
      return [`the ${[mod, noun].filter(Boolean).join(' ')} ${plural ? 'have' : 'has'} passed`];
    }
    case 'received':
      return [`${perfect ? "we haven't received" : "we didn't receive"} ${phraseText}`];
    case 'missed-you':
      return [`we missed you at ${phraseText}`];
    default:
      return [];
  }
}
