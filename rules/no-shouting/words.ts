import { phraseData } from './phrases.data.js';

// The word lists live in phrases.yaml (compiled into phrases.data.ts by `npm run phrases`); this module gives
// the rule its lists in the shape its code uses. A word in capitals is shouting when it is an ordinary English
// word; it is an acronym, a name or a code when it is not. All entries are lower case with straight apostrophes.

const tables = phraseData.tables as {
  emphasisWords: string;
  everydayWords: string;
  offerBadges: string;
  goodNewsWords: string;
  minorWords: string;
  acronyms: string;
  ambiguousAcronyms: string[];
  properNouns: string;
  properNames: string;
  keywordCue: string;
};

const list = (words: string): ReadonlySet<string> => new Set(words.trim().split(/\s+/));

/**
 * Function words, pronouns, intensifiers and the vocabulary of sales and urgency: in capitals these are
 * always emphasis, even at the start of a line.
 */
export const emphasisWords = list(tables.emphasisWords);

/** Words of a deal set in capitals as a badge inside a sentence ("20% OFF", "your FREE trial"): never reported alone. */
export const offerBadges = list(tables.offerBadges);
/** Words of thanks, welcome and good news: see `goodNewsWords` in phrases.yaml. */
export const goodNewsWords = list(tables.goodNewsWords);

/**
 * Everyday nouns, verbs and adjectives. Shouting in the middle of a sentence, but a short one opening a line
 * ("NEXT has new arrivals", "BOOTS is hiring") may be a brand written in capitals.
 */
export const everydayWords = list(tables.everydayWords);

/** Short function words that double as codes and abbreviations (IN, OR, ME, HI): lowered, never flagged alone. */
export const minorWords = list(tables.minorWords);

/**
 * Acronyms, initialisms and names written in capitals: never shouting. Users add their own with the shared
 * `allow` option.
 */
export const acronyms = list(tables.acronyms);

/** Words that are acronyms in one sentence and ordinary words in the next ("the US" and "CONTACT US"). */
export const ambiguousAcronyms: ReadonlySet<string> = new Set(tables.ambiguousAcronyms);

/** Words that keep a capital in sentence case. */
export const properNouns = list(tables.properNouns);

/**
 * Names that start with ordinary words ("NEW YORK", "BLACK FRIDAY"), their words joined by "_": in capitals
 * they are shouted too, but sentence case gives them back their capitals ("New York").
 */
export const properNames = list(tables.properNames);

/**
 * Text before a word in capitals that makes it a label to type, tap or read out, not a raised voice:
 * "Reply STOP", "use code WELCOME", "tap BUY NOW", "your booking reference is QWERTY".
 */
export const keywordCue = new RegExp(tables.keywordCue);
