/**
 * House rules: the `customRules` section of `.empathyrc.*`, where a team adds its own rules without code, in
 * three kinds after Vale's: `existence` (phrases that should not appear, each with the reason and what to
 * write instead), `substitution` (this -> that: every entry has a rewrite) and `conditional` (copy that
 * mentions one thing must also mention another: a price rise and how to cancel). Entries use the phrase format
 * and pattern language of docs/phrases.md, examples included. The rules reach the kernel as an ordinary plugin
 * under the `house` namespace (`house/<id>`), so levels, overrides, disable comments, the score and every output
 * format treat them like any other rule.
 */
import { defineRule } from '../linter/define.js';
import { compilePattern } from '../phrases/pattern.js';
import { compilePhraseEntries, runPhraseEntries, type CompiledPhraseEntry, type PhraseEntryFinding } from '../phrases/compile.js';
import { checkEntries } from '../phrases/load.js';
import type { PhraseData, PhraseDataEntry } from '../phrases/types.js';
import { lazyZod } from '../lazy.js';
import { findPhrases } from '../linter/phrases.js';
import type { AnyRule, RuleContext, RuleLevel, Sentence } from '../types.js';
import { ConfigError, type Plugin } from './resolve.js';

/** The namespace of house rules: `house/<id>`. */
export const houseNamespace = 'house';

/** A house rule as written in config. */
export interface CustomRuleConfig {
  kind?: 'existence' | 'substitution' | 'conditional';
  level?: RuleLevel;
  description?: string;
  what?: string;
  why?: string;
  instead?: string;
  /** existence and substitution: the phrases. */
  phrases?: PhraseDataEntry[];
  /** conditional: the phrases that make the requirement apply. */
  when?: PhraseDataEntry[];
  /** conditional: patterns of which at least one must appear in the same copy. */
  require?: string[];
}

const kinds = ['existence', 'substitution', 'conditional'] as const;

function ruleSchema() {
  const z = lazyZod();
  const text = z.string().trim().min(1);
  return z.strictObject({
    kind: z.enum(kinds).optional(),
    level: z.enum(['off', 'warn', 'error']).optional(),
    description: text.optional(),
    what: text.optional(),
    why: text.optional(),
    instead: text.optional(),
    phrases: z.array(z.unknown()).optional(),
    when: z.array(z.unknown()).optional(),
    require: z.array(text).min(1).optional(),
  });
}

/** Fill `{actual}` and `{expected}` of a message part. */
function fill(template: string, actual: string, expected: string | undefined): string {
  return template.replace(/\{(actual|expected)\}/g, (whole, name: string) => (name === 'actual' ? actual : (expected ?? whole)));
}

/** What, why and instead, from the entry or else the rule, as one message. */
function messageOf(rule: CustomRuleConfig, entry: PhraseDataEntry, actual: string, expected: string | undefined, fallbackWhat: string): string {
  const what = entry.what ?? rule.what ?? fallbackWhat;
  const parts = [what, entry.why ?? rule.why, entry.instead ?? rule.instead].filter((part): part is string => part !== undefined);
  return parts.map((part) => fill(part, actual, expected)).join(' ');
}

/**
 * Check a config's `customRules` and build them as the `house` plugin. `file` names the config file in the
 * rules' phrase data (for `--test-rules`); mistakes throw a `ConfigError` with the key path, which the loader
 * turns into a line.
 */
export function customRulesPlugin(raw: unknown, file: string, lineOf: (keyPath: (string | number)[]) => number | undefined = () => undefined): Plugin {
  const base = ['customRules'];
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    throw new ConfigError('"customRules" maps rule ids to rules: { kind, what, why, instead, phrases }', base);
  }
  const rules: Record<string, AnyRule> = {};
  for (const [id, value] of Object.entries(raw as Record<string, unknown>)) {
    const at = [...base, id];
    if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id)) throw new ConfigError(`the rule id "${id}" must be kebab-case: lower-case words and digits joined by "-"`, at);
    const parsed = ruleSchema().safeParse(value);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      if (issue.code === 'unrecognized_keys') {
        throw new ConfigError(`unknown setting "${issue.keys[0]}" in house rule "${id}"; valid settings: kind, level, description, what, why, instead, phrases, when, require`, [...at, issue.keys[0]!]);
      }
      throw new ConfigError(`house rule "${id}": ${issue.path.map(String).join('.')}${issue.path.length ? ': ' : ''}${issue.message}`, [...at, ...issue.path.map((part) => (typeof part === 'symbol' ? String(part) : part))]);
    }
    const rule = parsed.data as CustomRuleConfig;
    const kind = rule.kind ?? 'existence';
    const listKey = kind === 'conditional' ? 'when' : 'phrases';
    const other = kind === 'conditional' ? 'phrases' : 'when';
    if (rule[other] !== undefined) throw new ConfigError(`a ${kind} rule has "${listKey}", not "${other}"`, [...at, other]);
    if (kind !== 'conditional' && rule.require !== undefined) throw new ConfigError(`"require" belongs to a conditional rule; this one is ${kind}`, [...at, 'require']);
    if (kind === 'conditional' && rule.require === undefined) throw new ConfigError('a conditional rule needs "require": patterns of which one must appear', at);
    const list = rule[listKey];
    if (list === undefined || list.length === 0) throw new ConfigError(`a ${kind} rule needs "${listKey}": a list of phrase entries (docs/phrases.md)`, at);
    const problem = checkEntries(list, [...at, listKey], file);
    if (problem) throw new ConfigError(problem.reason, problem.keyPath);
    // Lines matter only to `--test-rules`, and finding one parses the config file again: work them out when asked.
    const entries = (list as PhraseDataEntry[]).map((entry, index) => {
      const withLine = { ...entry };
      let line: number | undefined | null = null;
      Object.defineProperty(withLine, 'line', {
        enumerable: true,
        get: () => (line === null ? (line = lineOf([...at, listKey, index])) : line),
      });
      return withLine;
    });
    if (kind === 'substitution') {
      const index = entries.findIndex((entry) => entry.rewrite === undefined);
      if (index >= 0) throw new ConfigError(`every entry of a substitution rule needs "rewrite": the words to write instead`, [...at, listKey, index]);
    }
    const required = (rule.require ?? []).map((pattern, index) => {
      try {
        return compilePattern(pattern);
      } catch (error) {
        throw new ConfigError(`house rule "${id}": require[${index}]: ${(error as Error).message}`, [...at, 'require', index]);
      }
    });
    // The rule's own settings ride along as tables: the cache fingerprints a rule by its metadata, so a changed
    // reason or requirement must show there.
    const settings = Object.fromEntries(Object.entries({ kind, what: rule.what, why: rule.why, instead: rule.instead, require: rule.require }).filter(([, value]) => value !== undefined));
    const data: PhraseData = { file, entries, tables: settings };
    rules[id] = houseRule(id, kind, rule, data, required);
  }
  return { name: houseNamespace, rules };
}

function houseRule(id: string, kind: NonNullable<CustomRuleConfig['kind']>, rule: CustomRuleConfig, data: PhraseData, required: RegExp[]): AnyRule {
  const compiled = compilePhraseEntries(data, 'house');
  const description = rule.description ?? rule.what ?? `House rule ${id}.`;
  const report = (context: RuleContext, sentence: Sentence, finding: PhraseEntryFinding) => {
    const expected = finding.suggestions[0];
    // A rule's `what`, `why` and `instead` make its message; without them, say at least what to do and where the
    // reason belongs, so a writer is never left with a bare verdict.
    const fallback =
      kind === 'substitution'
        ? '“{actual}”: our house style is “{expected}”.'
        : kind === 'conditional'
          ? `“{actual}” needs a word on what the reader can do about it.`
          : `“{actual}” is on this team’s list of phrases to avoid. Rewrite it in plain words; the rule’s \`why\` and \`instead\` settings can say why and what to write.`;
    context.report({
      sentence,
      start: finding.start,
      end: finding.end,
      messageId: 'house',
      data: { message: messageOf(rule, finding.entry.data, finding.actual, expected, fallback) },
      suggestions: finding.suggestions.map((text) => ({ text })),
    });
  };
  return defineRule({
    meta: {
      id,
      description,
      level: rule.level ?? 'warn',
      ...(compiled.some((entry) => entry.suggestions) ? { fix: 'suggest' as const } : {}),
      messages: { house: '{message}' },
      phrases: data,
    },
    create(context) {
      if (kind !== 'conditional') {
        return {
          sentence(sentence) {
            for (const finding of runPhraseEntries(sentence, compiled)) report(context, sentence, finding);
          },
        };
      }
      // A conditional rule reports the first phrase that makes the requirement apply, once per message, when
      // none of the required words appears anywhere in it.
      let first: { sentence: Sentence; finding: PhraseEntryFinding } | undefined;
      let satisfied = false;
      return {
        sentence(sentence) {
          if (!satisfied && required.some((pattern) => findPhrases(sentence, pattern).length > 0)) satisfied = true;
          if (first) return;
          const finding = runPhraseEntries(sentence, compiled as CompiledPhraseEntry[])[0];
          if (finding) first = { sentence, finding };
        },
        done() {
          if (first && !satisfied) report(context, first.sentence, first.finding);
        },
      };
    },
  });
}
