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
