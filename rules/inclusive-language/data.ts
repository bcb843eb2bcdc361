import { phraseData } from './phrases.data.js';

// How inclusive-language reads retext-equality's findings: the lists live in phrases.yaml (compiled into
// phrases.data.ts by `npm run phrases`), where each says why; this module gives the rule its lists in the shape
// its code uses. A test checks every id and phrase here against the plugin's own data, so an upgrade that
// renames one is noticed.

/** An entry, or some of its phrases, that stays quiet unless the user checks it. */
export interface QuietEntry {
  /** The plugin's entry id. */
  id: string;
  /** Only these phrases (lower case, as the plugin lists them); the whole entry when absent. */
  phrases?: readonly string[];
}

/** Why a word hurts, by group: see `reasons`. */
export type ReasonGroup =
  | 'mentalHealth'
  | 'disabilityInsult'
  | 'disabilityLabel'
  | 'colour'
  | 'colonial'
  | 'lgbtq'
  | 'suicide'
  | 'addiction'
  | 'slavery'
  | 'condescension'
  | 'violence'
  | 'fallback';

/** A quiet entry as written in the data: an id, or an id with some of its phrases. */
type QuietData = string | QuietEntry;

const tables = phraseData.tables as {
  quietFamily: string[];
  quietEveryday: QuietData[];
  quietHomographs: QuietData[];
  quietConditions: string[];
  quietCondescension: string[];
  pronounIds: string[];
  reasons: Record<ReasonGroup, string>;
  groups: Record<ReasonGroup, string[]>;
  notesThatReadWell: string[];
  objectSenses: Record<string, { after?: string; before?: string; sentence?: string; unit?: string }>;
  replacementOverrides: Record<string, string[]>;
  roleNouns: string[];
  genericMarkers: string;
  pronounPair: string;
  agreement: Record<string, string>;
  notVerbs: string[];
  afterObjectHer: string[];
};

const quiet = (entries: readonly QuietData[]): QuietEntry[] => entries.map((entry) => (typeof entry === 'string' ? { id: entry } : entry));

/**
 * Everything quiet by default: family words, everyday words, homographs, conditions used as names and the words
 * no-condescension reports with context.
 */
export const quietByDefault: readonly QuietEntry[] = [
  ...quiet(tables.quietFamily),
  ...quiet(tables.quietEveryday),
  ...quiet(tables.quietHomographs),
  ...quiet(tables.quietConditions),
  ...quiet(tables.quietCondescension),
];

/** Entries about gendered pronouns: reported only when the pronoun stands for someone unknown. */
export const pronounIds: ReadonlySet<string> = new Set(tables.pronounIds);

/**
 * Why a word hurts, by group, as the rest of a sentence that starts with the quoted word. Entries in no group
 * are gendered words ("chairman", "manpower", "guys", "hostess") and use the `gendered` message instead.
 */
export const reasons: Readonly<Record<ReasonGroup, string>> = tables.reasons;

/** The reason group of each entry id that has one. */
export const groupOf: ReadonlyMap<string, ReasonGroup> = new Map(
  Object.entries(tables.groups).flatMap(([group, ids]) => ids.map((id) => [id, group as ReasonGroup] as const)),
);

/** Entries whose plugin note adds something the group reason does not, after dropping its "(source: …)". */
export const notesThatReadWell: ReadonlySet<string> = new Set(tables.notesThatReadWell);

/**
 * Senses of a flagged word that are not about people, by entry id: “dummy text”, “a crash test dummy”, a
 * baby's dummy. A finding is dropped when the words right after it (`after`) or right before it (`before`), or
 * anything in its sentence (`sentence`) or unit (`unit`, such as lorem ipsum filler), match. All lower case.
 */
export const objectSenses: Readonly<Record<string, { after?: RegExp; before?: RegExp; sentence?: RegExp; unit?: RegExp }>> = Object.fromEntries(
  Object.entries(tables.objectSenses).map(([id, senses]) => [id, Object.fromEntries(Object.entries(senses).map(([where, source]) => [where, new RegExp(source)]))]),
);

/**
 * Replacements to offer instead of the plugin's where its list would not give a sentence a copywriter would
 * accept. Keys are `id` or `id:phrase`; an empty list means no word-for-word suggestion.
 */
export const replacementOverrides: Readonly<Record<string, readonly string[]>> = tables.replacementOverrides;

/**
 * People a gendered pronoun may stand for without anyone knowing their gender: "each user", "a customer",
 * "anyone". Role nouns are matched after a determiner, with one optional word between ("every new member").
 */
const roleNouns = tables.roleNouns.join('|');

/** A generic antecedent that is generic whatever the sentence says: "each customer", "anyone". */
export const alwaysGeneric = new RegExp(
  String.raw`\b(?:(?:each|every|any|no|another|whichever)\s+(?:[\p{L}-]+\s+)?(?:${roleNouns})|everyone|everybody|someone|somebody|anyone|anybody|no one|nobody|whoever)\b`,
  'gu',
);

/** "a customer", "the user": generic only in a rule or a condition, not in a story ("A customer told us she…"). */
export const maybeGeneric = new RegExp(String.raw`\b(?:a|an|the)\s+(?:[\p{L}-]+\s+)?(?:${roleNouns})\b`, 'gu');

/** Words that make a sentence a rule, a condition or an invitation, so "a customer" or "a friend" in it is anyone. */
export const genericMarkers = new RegExp(tables.genericMarkers);

/** "he or she", "his/her", "s/he": a pronoun for anyone, spelled as two genders (groups `first` and `second`). */
export const pronounPair = new RegExp(tables.pronounPair, 'gu');

/** Verbs that agree with "he" and "she" and change after "they". */
export const agreement: Readonly<Record<string, string>> = tables.agreement;

/** Words ending in -s after "he" that are not verbs, so "he always" is not turned into "they alway". */
export const notVerbs: ReadonlySet<string> = new Set(tables.notVerbs);

/** After "her", words that show it is an object ("tell her about"), not a possessive ("her order"). */
export const afterObjectHer: ReadonlySet<string> = new Set(tables.afterObjectHer);
