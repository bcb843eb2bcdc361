import type { Sentence } from '../types.js';
import { isInCondition, isQuestion } from '../linter/context.js';
import { phrase } from '../linter/phrases.js';
import {
  allOf,
  exclaimed,
  followedBy,
  leadIn,
  matchEntries,
  nameLike,
  precededBy,
  sentenceStart,
  type Condition,
  type EntryFinding,
  type PhraseEntry,
  type SuggestionTemplate,
} from '../linter/entries.js';
import { compilePattern, PatternError } from './pattern.js';
import type { PhraseCondition, PhraseData, PhraseDataEntry } from './types.js';

export type { PhraseCondition, PhraseData, PhraseDataEntry };
export { namedConditions } from './types.js';

export { compilePattern, PatternError };

/** An entry ready to run: its data and its compiled expression. */
export interface CompiledPhraseEntry<MessageId extends string = string> extends PhraseEntry<MessageId> {
  id: string;
  data: PhraseDataEntry;
  file: string;
}

/**
 * Where a data entry's words count, written in code because it needs more than a data condition can say: the
 * entry's id, conditions that must hold (`when`) or must not (`unless`), whether the report runs to the end of the
 * clause, and when each of its rewrites is offered, by position.
 */
export interface EntryGuard extends Pick<PhraseEntry<string>, 'when' | 'unless' | 'extendToClauseEnd'> {
  id: string;
  suggestionWhen?: (Condition | undefined)[];
}

/**
 * Compiled entries joined with the code's guards, in data order, ready for `matchEntries`. A guard's `when`
 * holds together with the entry's own data conditions. `only: true` keeps the guarded entries alone (a rule that
 * takes a few entries of a larger file). Throws, naming `owner`, when a guard names an entry the data lacks.
 */
export function guardedEntries<MessageId extends string>(
  compiled: readonly CompiledPhraseEntry<string>[],
  guards: readonly EntryGuard[],
  owner: string,
  options: { only?: boolean } = {},
): PhraseEntry<MessageId>[] {
  const byId = new Map(guards.map((guard) => [guard.id, guard]));
  for (const id of byId.keys()) {
    if (!compiled.some((entry) => entry.id === id)) throw new Error(`${owner} guards "${id}", which ${compiled[0]?.file ?? 'its phrase data'} does not have`);
  }
  return compiled.flatMap((entry) => {
    const guard = byId.get(entry.id);
    if (!guard && options.only) return [];
    const phrase: PhraseEntry<MessageId> = { messageId: entry.messageId as MessageId, pattern: entry.pattern };
    const when = [entry.when, guard?.when].filter((condition) => condition !== undefined);
    if (when.length > 0) phrase.when = when.length === 1 ? when[0]! : allOf(...when);
    if (guard?.unless) phrase.unless = guard.unless;
    if (entry.data.reportNegated) phrase.ignoreNegation = true;
    if (guard?.extendToClauseEnd) phrase.extendToClauseEnd = true;
    const rewrites = entry.data.rewrite === undefined ? [] : [entry.data.rewrite].flat();
    if (rewrites.length > 0) {
      phrase.suggestions = rewrites.map((text, index) => {
        const suggestion: SuggestionTemplate = { text };
        const condition = guard?.suggestionWhen?.[index];
        if (condition) suggestion.when = condition;
        return suggestion;
      });
    }
    return [phrase];
  });
}

/** Where an entry is, for error messages: `rules/no-blame/phrases.yaml:12`. */
export function entryLocation(file: string, entry: Pick<PhraseDataEntry, 'line'>): string {
  return entry.line === undefined ? file : `${file}:${entry.line}`;
}

function condition(spec: PhraseCondition): Condition {
  if (typeof spec === 'string') {
    switch (spec) {
      case 'not-question':
        return ({ sentence }) => !isQuestion(sentence);
      case 'not-after-if':
        return ({ sentence, match }) => !isInCondition(sentence, match.start, /\b(?:if|unless|whether)\b/g);
      case 'sentence-start':
        return sentenceStart;
      case 'lead-in':
        return leadIn;
      case 'exclaimed':
        return exclaimed;
      case 'not-name':
        return (context) => !nameLike(context);
    }
  }
  const [[kind, source]] = Object.entries(spec) as [[string, string]];
  const regex = new RegExp(source, 'u');
  switch (kind) {
    case 'followed-by':
      return followedBy(regex);
    case 'not-followed-by':
      return ({ after }) => !regex.test(after);
    case 'preceded-by':
      return precededBy(regex);
    default:
      return ({ before }) => !regex.test(before);
  }
}

/**
 * Compile the entries of a data file, in order. `messageOf` names the message an entry reports with (by
 * default its `message`, else `fallbackMessage`). Throws an error naming the file and line of an entry whose
 * pattern does not compile.
 */
/** `source` with every `{{name}}` replaced by its fragment, itself expanded; throws on an unknown name or a loop. */
export function expandFragments(source: string, fragments: Readonly<Record<string, string>> = {}, seen: readonly string[] = []): string {
  return source.replace(/\{\{([A-Za-z][\w-]*)\}\}/g, (_, name: string) => {
    const fragment = fragments[name];
    if (fragment === undefined) throw new Error(`{{${name}}} names no fragment${Object.keys(fragments).length > 0 ? ` (fragments: ${Object.keys(fragments).join(', ')})` : ''}`);
    if (seen.includes(name)) throw new Error(`the fragment {{${name}}} includes itself (${[...seen, name].join(' -> ')})`);
    return expandFragments(fragment, fragments, [...seen, name]);
  });
}

export function compilePhraseEntries<MessageId extends string = string>(
  data: PhraseData,
  fallbackMessage: MessageId,
  messageOf: (entry: PhraseDataEntry) => MessageId = (entry) => (entry.message as MessageId | undefined) ?? fallbackMessage,
  /** The fragments named in `data.providedFragments`, derived by the rule's code. */
  provided: Readonly<Record<string, string>> = {},
): CompiledPhraseEntry<MessageId>[] {
  const missing = (data.providedFragments ?? []).filter((name) => provided[name] === undefined && data.fragments?.[name] === undefined);
  if (missing.length > 0) throw new Error(`${data.file}: the rule's code must provide the fragments ${missing.map((name) => `{{${name}}}`).join(', ')}`);
  const fragments = { ...data.fragments, ...provided };
  return data.entries.map((entry) => {
    let pattern: RegExp;
    try {
      pattern = entry.pattern !== undefined ? compilePattern(entry.pattern) : phrase(expandFragments(entry.regex!, fragments));
    } catch (error) {
      const detail = error instanceof PatternError ? `${error.message} (column ${error.column})` : error instanceof Error ? error.message : String(error);
      throw new Error(`${entryLocation(data.file, entry)}: entry "${entry.id}": ${detail}`);
    }
    const conditions = (entry.conditions ?? []).map(condition);
    const rewrites = entry.rewrite === undefined ? [] : [entry.rewrite].flat();
    const compiled: CompiledPhraseEntry<MessageId> = { id: entry.id, data: entry, file: data.file, messageId: messageOf(entry), pattern };
    if (conditions.length > 0) compiled.when = conditions.length === 1 ? conditions[0]! : allOf(...conditions);
    if (entry.reportNegated) compiled.ignoreNegation = true;
    if (rewrites.length > 0) compiled.suggestions = rewrites.map((text) => ({ text }));
    return compiled;
  });
}

/** A finding of `runPhraseEntries`, with the entry that made it. */
export interface PhraseEntryFinding<MessageId extends string = string> extends EntryFinding<MessageId> {
  entry: CompiledPhraseEntry<MessageId>;
}

/**
 * Run compiled entries over a sentence in order: a match in quotes, right after a negation (unless the entry
 * reports negated matches), failing a condition, or overlapping an earlier finding (or a range in `taken`) is
 * dropped. Rewrites take the case and apostrophes of the words they replace.
 */
export function runPhraseEntries<MessageId extends string>(
  sentence: Sentence,
  entries: readonly CompiledPhraseEntry<MessageId>[],
  taken: [number, number][] = [],
): PhraseEntryFinding<MessageId>[] {
  const findings: PhraseEntryFinding<MessageId>[] = [];
  for (const entry of entries) {
    for (const finding of matchEntries(sentence, [entry], taken)) findings.push({ ...finding, entry });
  }
  return findings;
}
