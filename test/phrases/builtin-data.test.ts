/**
 * The phrase data of built-in rules: the generated modules match their YAML, and every entry's examples behave
 * as written (each invalid example is reported where that entry matches, each valid one not at all).
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { builtinRules } from '../../rules/index.js';
import { lintText } from '../../src/api.js';
import { checkRuleExamples, formatExampleFailure } from '../../src/phrases/examples.js';
import { defineRule, findPhrases, phrase } from '../../src/kit/index.js';
import type { PhraseData } from '../../src/kit/index.js';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

/** Lint with only `ruleId` on, as `--test-rules` does. */
async function lintWithOnly(text: string, ruleId: string, ruleOptions?: Record<string, unknown>, plugins = {}) {
  const rules: Record<string, 'off' | 'warn' | ['warn', Record<string, unknown>]> = {};
  for (const id of builtinRules.keys()) rules[id] = 'off';
  rules[ruleId] = ruleOptions ? ['warn', ruleOptions] : 'warn';
  return lintText(text, { syntax: 'text', config: { rules }, plugins });
}

describe('phrase data of built-in rules', () => {
  it('the generated modules and docs/phrases.schema.json are up to date with the YAML', () => {
    const result = spawnSync(process.execPath, [path.join(repoRoot, 'scripts/phrases.js'), '--check'], { cwd: repoRoot, encoding: 'utf8' });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });

  it('a rule has phrase data exactly when its folder has phrases.yaml', () => {
    for (const [id, rule] of builtinRules) {
      const hasYaml = fs.existsSync(path.join(repoRoot, 'rules', id, 'phrases.yaml'));
      expect(rule.meta.phrases !== undefined, id).toBe(hasYaml);
      if (rule.meta.phrases) expect(rule.meta.phrases.file).toBe(`rules/${id}/phrases.yaml`);
    }
  });

  for (const [id, rule] of builtinRules) {
    if (!rule.meta.phrases) continue;
    it(`${id}: every example behaves as its entry says`, async () => {
      const failures = await checkRuleExamples(id, rule, (text, ruleId, ruleOptions) => lintWithOnly(text, ruleId, ruleOptions));
      expect(failures.map(formatExampleFailure)).toEqual([]);
    });
  }
});

describe('checkRuleExamples', () => {
  const data: PhraseData = {
    file: 'test/house.yaml',
    entries: [
      { id: 'as-per', pattern: 'as per', line: 2, examples: { invalid: ['As per our call, here it is.', 'We never say as per.'], valid: ['Nothing here.', 'As per usual.'] } },
      { id: 'kindly', pattern: 'kindly', line: 7, examples: { invalid: ['Kindly reply.'] } },
    ],
  };
  // Reports "as per" only: the second invalid example of as-per is silent, "As per usual" is reported, and
  // "kindly" is reported nowhere.
  const asPer = phrase('as per');
  const rule = defineRule({
    meta: { id: 'as-per', description: 'x', level: 'warn', messages: { m: 'No.' }, phrases: data },
    create: (context) => ({
      sentence(sentence) {
        if (/never/.test(sentence.normal)) return;
        for (const match of findPhrases(sentence, asPer)) context.report({ sentence, start: match.start, end: match.end, messageId: 'm' });
      },
    }),
  });

  it('reports each example that does not behave, with the file, line and entry', async () => {
    const plugins = { test: { rules: { 'as-per': rule } } };
    const failures = await checkRuleExamples('test/as-per', rule, (text, ruleId) => lintWithOnly(text, ruleId, undefined, plugins));
    expect(failures.map(formatExampleFailure)).toEqual([
      'test/house.yaml:2 test/as-per entry "as-per", invalid example "We never say as per.": no finding; this entry should report it',
      'test/house.yaml:2 test/as-per entry "as-per", valid example "As per usual.": reported: 1:1 “No.”',
      'test/house.yaml:7 test/as-per entry "kindly", invalid example "Kindly reply.": no finding; this entry should report it',
    ]);
  });
});

describe('checkRuleExamples with a signalContext', () => {
  // A document rule that reports the first sentence unless some sentence says "sorry" (but not "sorry if").
  const sorry = phrase('sorry(?! if)');
  const data: PhraseData = {
    file: 'test/signals.yaml',
    signalContext: 'Your order is late.',
    entries: [
      {
        id: 'sorry',
        pattern: 'sorry',
        line: 3,
        // "We are sorry if" matches the pattern but does not count; "Thanks." does not match it at all.
        examples: { invalid: ['We are sorry.', 'We are sorry if you are upset.', 'Thanks.'], valid: ['Sorry if it was confusing.', 'We are so sorry.'] },
      },
    ],
  };
  const make = (signal: PhraseData) =>
    defineRule({
      meta: { id: 'says-sorry', description: 'x', level: 'warn', messages: { m: 'Say sorry.' }, phrases: signal },
      create: (context) => ({
        done() {
          const sentences = context.sentences();
          if (sentences.some((sentence) => findPhrases(sentence, sorry).length > 0) || !sentences[0]) return;
          context.report({ sentence: sentences[0], start: 0, end: sentences[0].text.trimEnd().length, messageId: 'm' });
        },
      }),
    });

  it('an invalid example must match the entry and silence the rule; a valid one must leave the finding', async () => {
    const rule = make(data);
    const plugins = { test: { rules: { 'says-sorry': rule } } };
    const failures = await checkRuleExamples('test/says-sorry', rule, (text, ruleId) => lintWithOnly(text, ruleId, undefined, plugins));
    expect(failures.map(formatExampleFailure)).toEqual([
      'test/signals.yaml:3 test/says-sorry entry "sorry", invalid example "We are sorry if you are upset.": does not count: the rule still reports the context with it',
      'test/signals.yaml:3 test/says-sorry entry "sorry", invalid example "Thanks.": the entry\'s pattern does not match it',
      'test/signals.yaml:3 test/says-sorry entry "sorry", valid example "We are so sorry.": counts: the rule falls silent on the context with it',
    ]);
  });

  it('fails every invalid example when the rule does not report the context on its own', async () => {
    const rule = make({ ...data, signalContext: 'Sorry, your order is late.' });
    const plugins = { test: { rules: { 'says-sorry': rule } } };
    const failures = await checkRuleExamples('test/says-sorry', rule, (text, ruleId) => lintWithOnly(text, ruleId, undefined, plugins));
    expect(failures).toHaveLength(3);
    expect(failures.every((failure) => failure.kind === 'invalid' && /does not report the signal context on its own/.test(failure.problem))).toBe(true);
  });
});
