/**
 * The rule kit: everything a rule is written with. Built-in rules import from here and from nowhere else in the
 * library, so a plugin (`import { … } from 'empathy-lint/plugin'`) can do whatever a built-in rule does.
 * docs/rule-kit.md lists every name with a line on when to use it.
 *
 * The kit stays light: it loads no parser, formatter or engine module, because the command line loads plugins
 * while it runs.
 */

// Defining a rule.
export { defineRule, docsBase } from '../linter/define.js';

// Phrases: compiling a pattern, finding it in a sentence, and fitting a rewrite to the words it replaces.
export {
  phrase,
  findPhrases,
  matchCase,
  apostrophesLike,
  isProperNounAt,
  wordIndexAt,
  before,
  after,
  type PhraseMatch,
  type PhraseLiteralRow,
  usePhraseLiterals,
} from '../linter/phrases.js';
export { normalize } from '../linter/normalize.js';

// Where a match stands in its sentence and document.
export {
  isQuoted,
  isQuestion,
  isNegated,
  isCommandStart,
  startsSentence,
  isBodySentence,
  clauseBefore,
  countsAttempts,
  toClauseEnd,
  previousWord,
  isInCondition,
  overlaps,
  firstWins,
  isVerbatim,
  type Range,
} from '../linter/context.js';

// Phrase lists as entries with conditions, and collecting findings so that the first of overlapping ones wins.
export {
  matchEntries,
  reportEntries,
  Candidates,
  leadIn,
  exclaimed,
  guessOpener,
  shoutedInSentence,
  offersWayForward,
  mistakeAllowed,
  kickedOut,
  lastingExclusion,
  offersReaderStep,
  nothingAfter,
  noWayForward,
  sentenceStart,
  followedBy,
  precededBy,
  anyOf,
  allOf,
  nameLike,
  type MatchContext,
  type Condition,
  type SuggestionTemplate,
  type PhraseEntry,
  type EntryFinding,
} from '../linter/entries.js';

// Phrase entries written as data (YAML beside a rule, or house rules in config), compiled to the entries above.
export {
  compilePattern,
  compilePhraseEntries,
  guardedEntries,
  expandFragments,
  runPhraseEntries,
  entryLocation,
  namedConditions,
  PatternError,
  type PhraseData,
  type PhraseDataEntry,
  type PhraseCondition,
  type CompiledPhraseEntry,
  type EntryGuard,
  type PhraseEntryFinding,
} from '../phrases/compile.js';

// Document rules about problem notices (a failed payment, an outage…): whether this message is one, and how
// to report what it lacks.
export { problemNotice, reportMissing, takesInsertion, problemNames, isSelectionDecision, type ProblemNotice } from '../purpose/notice.js';
export type { ProblemKind, PurposeType } from '../purpose/signals.js';

// Wrapping a retext plugin (retext-equality, retext-simplify) as a rule.
export {
  loadPlugin,
  runPlugin,
  indexPhrases,
  covers,
  quoteList,
  type Transformer,
  type PluginFinding,
  type PhraseIndex,
} from '../linter/retext.js';
export { pluginData } from '../linter/plugin-data.js';

// Option schemas: zod, loaded on first use so that a run without rule options never loads it.
export { lazyZod } from '../lazy.js';

export type * from '../types.js';
