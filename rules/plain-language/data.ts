import { phraseData } from './phrases.data.js';

// Which of retext-simplify's entries plain-language reports, and how: the lists live in phrases.yaml (compiled
// into phrases.data.ts by `npm run phrases`), where each says why; this module gives the rule its lists in the
// shape its code uses. A test checks that every entry exists in the plugin, so an upgrade that drops one is
// noticed.

const tables = phraseData.tables as {
  everydayWords: string[];
  naturalFillers: string[];
  misleadingSuggestions: string[];
  coveredElsewhere: string[];
  replacementOverrides: Record<string, string[]>;
  inflections: Record<string, Record<string, string>>;
};

/** Every entry that is quiet by default: ordinary words, natural fillers and entries with misleading advice. */
export const quietByDefault: readonly string[] = [
  ...tables.everydayWords,
  ...tables.naturalFillers,
  ...tables.misleadingSuggestions,
  ...tables.coveredElsewhere,
];

/**
 * Replacements to use instead of the plugin's, where its list would not make a sentence a copywriter would
 * accept. An empty list means: no word-for-word suggestion, the message says to remove or rephrase it.
 */
export const replacementOverrides: Readonly<Record<string, readonly string[]>> = tables.replacementOverrides;

/**
 * Inflected forms of reported verbs, each mapped to its plain replacement. retext-simplify matches words
 * exactly, so it sees “utilize” but not “utilizing”; the finding carries the base entry's id, so
 * `ignore: ["utilize"]` silences every form.
 */
export const inflections: Readonly<Record<string, Readonly<Record<string, string>>>> = tables.inflections;

/** The plugin's id for an entry: the phrase in lower case with runs of white space turned into hyphens. */
export function entryId(entry: string): string {
  return entry.trim().toLowerCase().replace(/\s+/g, '-');
}
