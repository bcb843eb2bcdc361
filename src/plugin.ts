/**
 * What a rule or plugin needs, and nothing else: `import { defineRule, phrase } from 'empathy-lint/plugin'`.
 * The command line loads plugins while it runs, so this entry stays small (it loads no parser, formatter or
 * engine module); the package's main entry exports the same functions alongside the rest of the library.
 */
export { defineRule } from './linter/define.js';
export { phrase, findPhrases, matchCase, apostrophesLike, isProperNounAt, type PhraseMatch } from './linter/phrases.js';
export { isQuoted, isQuestion, isNegated, isCommandStart, startsSentence } from './linter/context.js';
export type * from './types.js';
