/**
 * What the editor server and the agent tools say about rules and documents: a rule's description, why its
 * findings hurt the reader (from the rule's readme), its documentation link, and a document's score and purpose.
 */
import fs from 'node:fs';
import { builtinRules } from '../../rules/index.js';
import { packageRoot } from '../engine/version.js';
import { purposeLabel } from '../formatters/labels.js';
import type { AnyRule, LintResult } from '../types.js';

/** A rule, explained: what `explain_rule` returns and what a hover shows. */
export interface RuleExplanation {
  id: string;
  description: string;
  level: string;
  fix: 'safe' | 'suggest' | null;
  /** Why the rule's findings hurt the reader, from its readme; absent for rules without one. */
  why?: string;
  url?: string;
  /** The rule's whole readme (Markdown), for built-in rules. */
  readme?: string;
}

const readmes = new Map<string, string | undefined>();

/** The readme of a built-in rule, as shipped in the package (`rules/<id>/readme.md`), or undefined. */
export function builtinReadme(ruleId: string): string | undefined {
  if (!builtinRules.has(ruleId)) return undefined;
  if (!readmes.has(ruleId)) {
    const root = packageRoot();
    let text: string | undefined;
    try {
      text = root ? fs.readFileSync(new URL(`rules/${ruleId}/readme.md`, root), 'utf8') : undefined;
    } catch {
      text = undefined;
    }
    readmes.set(ruleId, text);
  }
  return readmes.get(ruleId);
}

/**
 * The paragraph of a readme that says why the findings hurt: the one opened by "**Why it hurts.**", else the
 * first under a "Why it matters" heading, else the second paragraph of the opening when it is prose (the first
 * says what the rule flags), else the first.
 */
export function whyFromReadme(readme: string): string | undefined {
  const paragraphs = readme
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim().replace(/\s*\n\s*/g, ' '))
    .filter(Boolean);
  const marked = paragraphs.find((paragraph) => paragraph.startsWith('**Why it hurts.**'));
  if (marked) return marked.slice('**Why it hurts.**'.length).trim();
  const heading = paragraphs.findIndex((paragraph) => /^#+\s+Why it (?:matters|hurts)/i.test(paragraph));
  if (heading >= 0 && paragraphs[heading + 1]) return paragraphs[heading + 1];
  const opening = paragraphs.filter((paragraph) => !paragraph.startsWith('# '));
  const isProse = (paragraph: string | undefined) => paragraph !== undefined && !/^(?:#|-|\||Level in|Off in|On in|The (?:word|phrase) list)/.test(paragraph);
  if (isProse(opening[1])) return opening[1];
  return isProse(opening[0]) ? opening[0] : undefined;
}

/** Explain a rule known to a configuration (built-in, from a plugin, or a house rule). */
export function explainRule(rule: AnyRule): RuleExplanation {
  const { meta } = rule;
  const builtin = builtinRules.get(meta.id) === rule;
  const readme = builtin ? builtinReadme(meta.id) : undefined;
  const why = readme ? whyFromReadme(readme) : undefined;
  return {
    id: meta.id,
    description: meta.description,
    level: meta.level,
    fix: meta.fix ?? null,
    ...(why ? { why } : {}),
    ...(meta.url ? { url: meta.url } : {}),
    ...(readme ? { readme } : {}),
  };
}

const purposeSources: Record<string, string> = {
  inferred: 'inferred from the copy',
  'front-matter': 'from front matter',
  config: 'from the config',
};

/** "Empathy score 71/100 · purpose: problem notice (outage), inferred from the copy", in Markdown. */
export function documentSummary(result: LintResult): string {
  const parts: string[] = [];
  const entries = result.entries?.length;
  if (result.score !== undefined) {
    parts.push(`**Empathy score ${result.score}/100**${entries ? ` (lowest of ${entries} entries)` : ''}`);
  }
  const label = purposeLabel(result);
  if (result.purpose && label) parts.push(`purpose: ${label}, ${purposeSources[result.purpose.source] ?? result.purpose.source}`);
  const costs = (result.scoreBreakdown ?? []).slice(0, 3).map((cost) => `${cost.ruleId} −${cost.cost}`);
  if (costs.length > 0) parts.push(`costs: ${costs.join(', ')}`);
  return parts.join(' · ');
}
