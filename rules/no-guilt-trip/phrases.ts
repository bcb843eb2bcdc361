import { compilePhraseEntries, followedBy, precededBy, sentenceStart, startsSentence } from '../../src/kit/index.js';
import type { Condition, PhraseEntry, SuggestionTemplate } from '../../src/kit/index.js';
import { phraseData } from './phrases.data.js';

// The phrases live in phrases.yaml (compiled into phrases.data.ts by `npm run phrases`). The conditions that
// need code are defined here by name, and the data names them (options.when, options.unless,
// options.suggestionWhen).

/**
 * What turns a goodbye into a push to stay: a second guess, an offer, a loss. Not a courtesy that shares the words
 * ("Stay safe", "Feel free to tell us why", "you won't lose your recipes", "We can't wait to welcome you back").
 */
export const exitPush =
  /\b(?:are you sure|stay(?! (?:safe|tuned|in touch|healthy|well)\b)|(?<!\b(?:can't|cannot|can not) )wait|reconsider|change your mind|before you (?:go|leave)|don't go|think again|offer|discount|deal|% off|off your|(?<!\bfeel )free(?! to\b)|coupon|(?<!\b(?:won't|will not|don't|do not|never|not) )(?:lose|losing)|miss out|will miss|last chance|instead)\b/;

export type GuiltMessageId = 'confirmshaming' | 'regret' | 'guilt' | 'leaving' | 'secondGuess' | 'stockExit';

/** Nothing but the end of the clause follows: the words are the whole line ("You'll regret it!"). */
const standalone = followedBy(/^\s*(?:[.!?…]|$)/);
/** The words are the whole sentence, as in a button or a one-line reply. */
const startsAndEnds: Condition = (context) => sentenceStart(context) && standalone(context);
const reportEndsWithQuestion: Condition = ({ match }) => (match.groups['report'] ?? match).text.endsWith('?');

/** Conditions that entries name in the data. */
const conditions: Record<string, Condition> = {
  /** A question mark closes the clause: the words ask. */
  'question-follows': followedBy(/^[^.!;:]*\?/),
  /** "You'll be sorry to hear that our founder is retiring" is sympathy. */
  'sorry-to-hear': ({ match, after }) => match.text.toLowerCase().endsWith('sorry') && /^\s+(?:to (?:hear|see|learn|know|read|say)|for|about|if)\b/.test(after),
  /** "if you're leaving", "because you are leaving": a plain statement. */
  'after-subordinator': precededBy(/\b(?:if|when|whether|because|since|as|before|while|once|now that|that|after)\s+$/),
  /** "Where are you going?", "When are you leaving?", "How are you going?" are plain questions or greetings. */
  'after-question-word': precededBy(/\b(?:if|when|whether|where|how|why|what|who|because|since|as|before|while|once|now that|that)\s+$/),
  /** The plea ends its clause: "Don't go!", "Don't leave us yet". */
  'clause-ends': followedBy(/^\s*(?:$|[!?.…,]|yet\b|so soon\b|:\()/),
  /** "Don't leave" without "please", "us" or an exclamation is an instruction ("Don't leave the page"). */
  'not-a-plea': ({ match, after }) => !/^please|\b(?:us|me)$/.test(match.text.toLowerCase()) && !/^\s*(?:!|yet\b|so soon\b)/.test(after),
  /** A request for feedback is not guilt: "We're counting on you to tell us what to build next." */
  'asking-for-feedback': ({ match, after }) => /^we\b/.test(match.text.toLowerCase()) && /^\s+to (?:tell|let|share|send|give)\b/.test(after),
  /**
   * The same message makes the way back easy ("…, and you're welcome back any time", "If you change your mind, you
   * can resubscribe"): the goodbye is warm, not a stock line put before the reader's decision.
   */
  'way-back-offered': ({ sentence }) => wayBack(sentence.unit.text.replace(/\s+/g, ' ').replace(/’/g, "'")),
  /**
   * The sadness comes with the goodbye accepted in the same sentence ("We're sad to see you go, but we understand", "…,
   * but wish you the best", "While we're sad to see you go, we want you to know…"): warmth after the reader's decision,
   * not a plea before it. Not "…, but first, why are you leaving?".
   */
  'goodbye-accepted': ({ sentence, match }) => {
    const rest = sentence.normal.slice(match.end);
    // Not when the rest of the sentence pushes to stay ("…, but we'd love to give you 50% off to stay").
    if (exitPush.test(rest)) return false;
    return /^\s*[,;—–-]?\s*but\b(?![\s,]*(?:first|before|wait|please|why|are|is|do|don't|did|have|could|would|can)\b)/i.test(rest) || /\bwhile\s+$/i.test(sentence.normal.slice(0, match.start));
  },
  /** "Think twice before sharing your password": advice about what comes next, not a choice sent back. */
  'before-after': followedBy(/^\s+before\b/),
  /** The words are the whole string, as a tab title or a one-line pop-up ("🔥 Come back!"). */
  'whole-string': ({ sentence }) => sentence.unit.text.trim() === sentence.text.trim(),
  /** Trips and places: "Where have you been? Add a trip to your timeline" asks about travel. */
  'travel-context': ({ sentence }) => /\b(?:trips?|travel\w*|timeline|visited|countries|places|map|journeys?|holidays?|vacations?)\b/i.test(sentence.unit.text),
  /** Gratitude in the same string: "Can't believe you are doing this for us — thank you!" */
  'thanks-given': ({ sentence }) => /\b(?:thank|thanks|grateful|appreciate)\w*\b/i.test(sentence.unit.text),
  'starts-and-ends': startsAndEnds,
  'sentence-start': sentenceStart,
  'you-starts-and-ends': (context) => startsAndEnds(context) && /^you/.test(context.match.text.toLowerCase()),
  'us-starts-and-ends': (context) => startsAndEnds(context) && /\bus\b/.test(context.match.text.toLowerCase()),
  'question-at-start': (context) => reportEndsWithQuestion(context) && sentenceStart(context),
  /** "Wait! Don't go" in two sentences: the plea opens its sentence and is all of it, after a bare "Wait!". */
  'after-bare-wait': ({ sentence, match }) =>
    startsSentence(sentence, match.start) && /\bwait\s*[!.,]+\s*$/i.test(sentence.unit.text.slice(0, sentence.start)) && /^\s*[.!]*\s*$/.test(sentence.normal.slice(match.end)),
  /** "A sad face emoji", "the crying cat icon": the name of a symbol, not a mascot shown to the reader. */
  'emoji-or-icon': followedBy(/^\s+(?:emoji|icon)\b/),
  'statement-alone': (context) => !reportEndsWithQuestion(context) && startsAndEnds(context),
};

function named(name: string | number | boolean | undefined): Condition | undefined {
  if (name === undefined || name === 'always') return undefined;
  const condition = conditions[String(name)];
  if (!condition) throw new Error(`${phraseData.file} names the condition "${String(name)}", which rules/no-guilt-trip/phrases.ts does not define`);
  return condition;
}

const entries = compilePhraseEntries<GuiltMessageId>(phraseData, 'guilt');

function used(name: string): RegExp {
  const entry = entries.find((candidate) => candidate.data.options?.['use'] === name);
  if (!entry) throw new Error(`${phraseData.file} has no entry with options.use "${name}"`);
  return entry.pattern;
}

export const confirmshaming = {
  /** A decline followed by a shaming clause, or the clause alone at the start of the sentence. */
  pattern: used('confirmshaming'),
  /** A clause in its own sentence that answers the decline just before it: "No thanks. I hate free stuff." */
  previousDecline: (() => {
    const { source, flags } = (phraseData.tables as { previousDecline: { source: string; flags: string } }).previousDecline;
    return new RegExp(source, flags);
  })(),
  /** Other ways to decline by scorning the offer, only after an explicit decline: "No thanks, saving money isn't for me." */
  afterDecline: used('confirmshaming-after-decline'),
};

export const guiltPhrases: PhraseEntry<GuiltMessageId>[] = entries
  .filter((entry) => entry.data.options?.['use'] === undefined)
  .map((entry) => {
    const options = entry.data.options ?? {};
    const phrase: PhraseEntry<GuiltMessageId> = { messageId: entry.messageId, pattern: entry.pattern };
    const when = named(options['when']);
    const unless = named(options['unless']);
    if (when) phrase.when = when;
    if (unless) phrase.unless = unless;
    if (entry.data.reportNegated) phrase.ignoreNegation = true;
    if (options['extendToClauseEnd'] === true) phrase.extendToClauseEnd = true;
    const rewrites = entry.data.rewrite === undefined ? [] : [entry.data.rewrite].flat();
    if (rewrites.length > 0) {
      const whens = typeof options['suggestionWhen'] === 'string' ? options['suggestionWhen'].split(' ') : [];
      phrase.suggestions = rewrites.map((text, index) => {
        const suggestion: SuggestionTemplate = { text };
        const condition = named(whens[index]);
        if (condition) suggestion.when = condition;
        return suggestion;
      });
    }
    return phrase;
  });

/** The way back, or what the reader keeps, in a string of copy (white space collapsed, straight apostrophes). */
function wayBack(text: string): boolean {
  return (
    /\b(?:welcome back|come back|coming back|return to us|decide to return|resubscribe|re-?subscribe|re-?activate|reactivate|restart your|rejoin|change your mind|undo|restore your (?:account|subscription|plan|data)|(?:we'll|we will) (?:always |still )?be (?:here|right here)|you(?:'re| are) always welcome)\b/i.test(text) ||
    // A door left open, said as one: "you're welcome to create a new account at any time", "you can use IB Match again".
    /\b(?:you can|you(?:'re| are) (?:always |more than |very )?welcome to|feel free to)\b[^.!?]{0,60}\b(?:create a new account|again)\b/i.test(text) ||
    // What the reader keeps: "You'll continue to have access until 3 May". The goodbye is then not said alone. (A
    // request for feedback after it is not enough: blind editors still read "Please share your feedback" as the same
    // nudge; nor is a loss, "you will lose access until you pay".)
    /\byou(?:'ll| will)? (?:still|continue to) have (?:full )?access\b|\buntil the end of your (?:billing|current)/i.test(text.replace(/[^.!?]*\b(?:lose|losing|never|no longer|won't|will not|to keep)\b[^.!?]*/gi, ' '))
  );
}
