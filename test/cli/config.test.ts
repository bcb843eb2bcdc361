// End-to-end: configuration files, --config, --rule, presets, options, overrides, plugins and config errors.
import { describe, expect, test } from 'vitest';
import {
  CONDITIONAL,
  FORMULAIC,
  HOLLOW,
  Project,
  brief,
  builtinRuleIds,
  builtinRules,
  escape,
  expectOneLineError,
  onlyHollow,
  onlyHollowYaml,
} from './helpers.js';

describe.concurrent('finding configuration', () => {
  test('every cosmiconfig search place of module "empathy" is read, and the nearest config to each file wins', async () => {
    const yamlBody = `rules:\n${onlyHollowYaml('error')}`;
    const jsonBody = JSON.stringify({ rules: onlyHollow('error') }, null, 2) + '\n';
    const places: Record<string, [string, string]> = {
      'rc-yaml': ['.empathyrc', yamlBody],
      'rc-json': ['.empathyrc', jsonBody],
      json: ['.empathyrc.json', jsonBody],
      yaml: ['.empathyrc.yaml', yamlBody],
      yml: ['.empathyrc.yml', yamlBody],
      js: ['.empathyrc.js', `module.exports = ${jsonBody}`],
      cjs: ['.empathyrc.cjs', `module.exports = ${jsonBody}`],
      mjs: ['.empathyrc.mjs', `export default ${jsonBody}`],
      'config-js': ['empathy.config.js', `module.exports = ${jsonBody}`],
      'config-cjs': ['empathy.config.cjs', `module.exports = ${jsonBody}`],
      'config-mjs': ['empathy.config.mjs', `export default ${jsonBody}`],
      pkg: ['package.json', JSON.stringify({ name: 'pkg', private: true, empathy: { rules: onlyHollow('error') } }, null, 2) + '\n'],
      'pkg-without-key': ['package.json', JSON.stringify({ name: 'plain', private: true }) + '\n'],
    };
    const p = new Project({ '.empathyrc.json': { rules: onlyHollow('off') }, 'root.md': `${FORMULAIC}\n` });
    for (const [folder, [name, body]] of Object.entries(places)) p.write({ [`${folder}/${name}`]: body, [`${folder}/copy.md`]: `${FORMULAIC}\n` });

    const folders = Object.keys(places);
    const [lint, printed] = await Promise.all([p.json([]), p.run(['--print-config', 'rc-yaml/copy.md'])]);
    expect(lint.stderr).toBe('');
    expect(lint.code).toBe(1);
    const severityOf = Object.fromEntries(lint.results.map((result) => [result.filePath, result.messages.map((message) => message.severity)]));
    expect(severityOf[p.path('root.md')]).toEqual([]);
    expect(severityOf[p.path('pkg-without-key/copy.md')]).toEqual([]);
    for (const folder of folders.filter((name) => name !== 'pkg-without-key')) {
      expect([folder, severityOf[p.path(folder, 'copy.md')]]).toEqual([folder, [2]]);
    }
    expect(printed).toMatchObject({ code: 0, stderr: '' });
    expect(JSON.parse(printed.stdout)).toMatchObject({ configFile: p.path('rc-yaml/.empathyrc') });
  });

  test('-c uses that config and searches for no other; a missing config file is exit 2 naming it', async () => {
    const p = new Project({
      '.empathyrc.json': { rules: onlyHollow('off') },
      'sub/.empathyrc.json': { rules: onlyHollow('warn') },
      'configs/strict.yaml': `rules:\n${onlyHollowYaml('error')}`,
      'a.md': `${FORMULAIC}\n`,
      'sub/b.md': `${FORMULAIC}\n`,
    });
    const [explicit, searched, missing] = await Promise.all([
      p.json(['-c', 'configs/strict.yaml']),
      p.json([]),
      p.run(['--config', 'configs/missing.yml', 'a.md']),
    ]);
    expect(explicit.stderr).toBe('');
    expect(explicit.code).toBe(1);
    expect(explicit.results.map((result) => [result.filePath, result.messages.map((message) => message.severity)])).toEqual([
      [p.path('a.md'), [2]],
      [p.path('sub/b.md'), [2]],
    ]);
    expect(searched.results.map((result) => result.messages.map((message) => message.severity))).toEqual([[], [1]]);
    expectOneLineError(missing, new RegExp(`^empathy-lint: ${escape(p.path('configs/missing.yml'))}: config file not found\\n$`));
  });
});

describe.concurrent('rules, presets, options, overrides', () => {
  test('--rule ID:level is repeatable and wins over config files and overrides; bad syntax or an unknown id is exit 2', async () => {
    const p = new Project({
      '.empathyrc.json': { rules: onlyHollow('error'), overrides: [{ files: ['legal/**'], rules: { [HOLLOW]: 'off' } }] },
      'a.md': `${FORMULAIC}\n`,
      'legal/terms.md': `${FORMULAIC}\n`,
    });
    const [asConfigured, warn, off, badSyntax, badLevel, unknown] = await Promise.all([
      p.json([]),
      p.json(['--rule', `${HOLLOW}:off`, '--rule', 'no-blame:off', '--rule', `${HOLLOW}:warn`]),
      p.json(['--rule', `${HOLLOW}:off`]),
      p.run(['--rule', `${HOLLOW}=off`]),
      p.run(['--rule', `${HOLLOW}:loud`]),
      p.run(['--rule', 'no-such-rule:off']),
    ]);
    expect(asConfigured.results.map((result) => result.messages.map((message) => message.severity))).toEqual([[2], []]);
    expect(asConfigured.code).toBe(1);
    expect(warn.stderr).toBe('');
    expect(warn.code).toBe(0);
    expect(warn.results.map((result) => result.messages.map((message) => message.severity))).toEqual([[1], [1]]);
    expect(off).toMatchObject({ code: 0, stderr: '' });
    expect(off.results.map((result) => result.messages)).toEqual([[], []]);
    expectOneLineError(badSyntax, `--rule takes ID:off, ID:warn or ID:error, not "${HOLLOW}=off"`);
    expectOneLineError(badLevel, `--rule takes ID:off, ID:warn or ID:error, not "${HOLLOW}:loud"`);
    expectOneLineError(unknown, /^empathy-lint: unknown rule "no-such-rule".*valid rule ids: .*no-hollow-apology/);
  });

  test('extends: empathy-lint:strict raises rule levels to error', async () => {
    const others = builtinRuleIds().filter((id) => id !== HOLLOW);
    const p = new Project({
      // Every other rule off, no-hollow-apology left to the preset.
      '.empathyrc.yaml': `extends: empathy-lint:strict\nrules:\n${others.map((id) => `  ${id}: off\n`).join('')}`,
      'lint/a.md': `${FORMULAIC}\n`,
      'print/.empathyrc.yaml': 'extends: [empathy-lint:strict]\n',
      'print/b.md': 'x\n',
    });
    const [lint, strict] = await Promise.all([p.json(['lint']), p.run(['--print-config', 'print/b.md'])]);
    expect(lint.stderr).toBe('');
    expect(lint.code).toBe(1);
    expect(brief(lint.results[0]!.messages)).toEqual([[HOLLOW, 'formulaic', 2, 1, 14, 1, 56]]);

    expect(strict.stderr).toBe('');
    const printed = JSON.parse(strict.stdout) as { extends: string[]; rules: Record<string, unknown> };
    expect(printed.extends).toEqual(['empathy-lint:strict']);
    for (const rule of builtinRules()) {
      const level = [printed.rules[rule.id]].flat()[0];
      expect([rule.id, level]).toEqual([rule.id, rule.strictLevel]);
      if (rule.level !== 'off') expect([rule.id, level]).toEqual([rule.id, 'error']);
    }
    expect([printed.rules[HOLLOW]].flat()[0]).toBe('error');
  });

  test('rules take [level, options]; an allow phrase silences a finding it overlaps and only that one', async () => {
    const p = new Project({
      '.empathyrc.yaml': `rules:\n${onlyHollowYaml('warn').replace(`  ${HOLLOW}: warn\n`, `  ${HOLLOW}: [error, { allow: ["Any Inconvenience", "misled"] }]\n`)}`,
      'a.md': `${FORMULAIC}\n\n${CONDITIONAL}\n`,
      'b.txt': `${FORMULAIC}\n\n${CONDITIONAL}\n`,
    });
    const { code, stderr, results } = await p.json([]);
    expect(stderr).toBe('');
    expect(code).toBe(1);
    for (const result of results) expect(brief(result.messages)).toEqual([[HOLLOW, 'conditional', 2, 3, 1, 3, 18]]);
  });

  test('overrides apply by glob relative to the config file, in order', async () => {
    const p = new Project({
      '.empathyrc.json': {
        rules: onlyHollow('warn'),
        overrides: [
          { files: ['legal/**/*.md'], rules: { [HOLLOW]: 'off' } },
          { files: '*.txt', excludedFiles: 'keep-warn.txt', rules: { [HOLLOW]: ['error'] } },
        ],
      },
      'a.md': `${FORMULAIC}\n`,
      'legal/terms.md': `${FORMULAIC}\n`,
      'legal/terms.txt': `${FORMULAIC}\n`,
      'notes/reply.txt': `${FORMULAIC}\n`,
      'keep-warn.txt': `${FORMULAIC}\n`,
    });
    const { code, stderr, results } = await p.json([]);
    expect(stderr).toBe('');
    expect(code).toBe(1);
    expect(results.map((result) => [result.filePath, result.messages.map((message) => message.severity)])).toEqual([
      [p.path('a.md'), [1]],
      [p.path('keep-warn.txt'), [1]],
      [p.path('legal/terms.md'), []],
      [p.path('legal/terms.txt'), [2]],
      [p.path('notes/reply.txt'), [2]],
    ]);
  });

  test('a local plugin adds namespaced rules that config and --rule can set', async () => {
    const plugin = `// A tiny plugin: flags "synergy".
export default {
  rules: {
    'no-jargon': {
      meta: {
        id: 'no-jargon',
        description: 'Business jargon.',
        level: 'warn',
        fix: 'suggest',
        messages: { jargon: 'Avoid “{word}”; say what you mean.' },
      },
      create(context) {
        return {
          sentence(sentence) {
            const at = sentence.normal.indexOf('synergy');
            if (at >= 0) {
              context.report({
                sentence,
                start: at,
                end: at + 'synergy'.length,
                messageId: 'jargon',
                data: { word: sentence.text.slice(at, at + 'synergy'.length) },
                suggestions: [{ text: 'teamwork' }],
              });
            }
          },
        };
      },
    },
  },
};
`;
    const p = new Project({
      'tools/empathy-jargon.mjs': plugin,
      '.empathyrc.json': { plugins: ['./tools/empathy-jargon.mjs'], rules: { ...onlyHollow('warn'), 'empathy-jargon/no-jargon': 'error' } },
      'pitch.md': `# Pitch\n\nOur Synergy helps.\n\n${FORMULAIC}\n`,
      'broken/.empathyrc.json': { plugins: ['./missing-plugin.mjs'] },
      'broken/copy.md': 'x\n',
      'typo/.empathyrc.json': { plugins: ['../tools/empathy-jargon.mjs'], rules: { 'empathy-jargon/no-jargo': 'warn' } },
      'typo/copy.md': 'x\n',
    });
    const [json, stylish, printed, missing, typo] = await Promise.all([
      p.json(['pitch.md']),
      p.run(['pitch.md', '--rule', `${HOLLOW}:off`, '--rule', 'empathy-jargon/no-jargon:warn']),
      p.run(['--print-config', 'pitch.md']),
      p.run(['broken/copy.md']),
      p.run(['typo/copy.md']),
    ]);
    expect(json.stderr).toBe('');
    expect(json.code).toBe(1);
    expect(json.results[0]!.messages.map((message) => [message.ruleId, message.severity, message.message, message.line, message.column, message.endColumn])).toEqual([
      ['empathy-jargon/no-jargon', 2, 'Avoid “Synergy”; say what you mean.', 3, 5, 12],
      [HOLLOW, 1, json.results[0]!.messages[1]!.message, 5, 14, 56],
    ]);
    const range = json.results[0]!.messages[0]!.suggestions![0]!.fix.range;
    expect(p.read('pitch.md').slice(...range)).toBe('Synergy');

    // --rule sets the plugin's rule too (error in the config, warn here).
    expect(stylish).toMatchObject({ code: 0, stderr: '' });
    expect(stylish.stdout).toBe(
      ['pitch.md  score 95/100 · general copy · costs: empathy-jargon/no-jargon −5', '  3:5  warn   Avoid “Synergy”; say what you mean.  empathy-jargon/no-jargon', '              try: Replace with “teamwork”.', '', '✖ 1 problem (0 errors, 1 warning)', '1 file checked · 0 clean · score 95/100', ''].join(
        '\n',
      ),
    );
    const config = JSON.parse(printed.stdout) as { plugins: string[]; rules: Record<string, unknown> };
    expect(config.plugins).toEqual(['empathy-jargon']);
    expect(config.rules['empathy-jargon/no-jargon']).toBe('error');
    expectOneLineError(missing, new RegExp(`^empathy-lint: ${escape(p.path('broken/.empathyrc.json'))}:\\d+: .*"\\./missing-plugin\\.mjs"`));
    expectOneLineError(typo, /^empathy-lint: .*typo\/\.empathyrc\.json:\d+: unknown rule "empathy-jargon\/no-jargo".*valid rule ids: .*empathy-jargon\/no-jargon/);
  });
});

describe.concurrent('config errors: exit 2, one line naming the file, the line (JSON/YAML), the key and the valid choices', () => {
  const copy = { 'a.md': `${FORMULAIC}\n` };

  test('unknown keys, unknown rule ids, bad levels and bad options', async () => {
    const cases: { files: Record<string, string>; expected: RegExp }[] = [
      {
        files: { '.empathyrc.yaml': 'rules:\n  no-hollow-apology: warn\nrulez:\n  no-blame: off\n' },
        expected: /^\.empathyrc\.yaml:3: unknown setting "rulez" \(did you mean "rules"\?\); valid settings: .*\bextends\b.*\brules\b.*\boverrides\b/,
      },
      {
        files: { '.empathyrc.json': '{\n  "rules": {\n    "no-blame": "warn",\n    "no-hollow-apologie": "warn"\n  }\n}\n' },
        expected: /^\.empathyrc\.json:4: unknown rule "no-hollow-apologie" \(did you mean "no-hollow-apology"\?\); valid rule ids: .*\bno-hollow-apology\b/,
      },
      {
        files: { '.empathyrc.yml': 'extends: empathy-lint:recommended\nrules:\n  no-hollow-apology: loud\n' },
        expected: /^\.empathyrc\.yml:3: .*no-hollow-apology.*"loud" is not a level; use "off", "warn" or "error"$/,
      },
      {
        files: { '.empathyrc': '{\n  "rules": {\n    "no-hollow-apology": ["warn", { "tone": "soft" }]\n  }\n}\n' },
        expected: /^\.empathyrc:3: .*no-hollow-apology.*"tone".*(its only options are "allow" and "fix"|valid options: allow, fix)/,
      },
      {
        files: { '.empathyrc.yaml': 'overrides:\n  - files: ["legal/**"]\n    rules:\n      no-hollow-apology: 7\n' },
        expected: /^\.empathyrc\.yaml:4: .*no-hollow-apology.*7 is not a level; use "off", "warn" or "error"$/,
      },
      {
        files: { '.empathyrc.yaml': 'overrides:\n  - files: ["legal/**"]\n    rulez: {}\n' },
        expected: /^\.empathyrc\.yaml:3: unknown setting "rulez".*valid settings: files, excludedFiles, rules\b/,
      },
      {
        files: { 'package.json': '{\n  "name": "site",\n  "empathy": {\n    "extends": "empathy-lint:lenient"\n  }\n}\n' },
        expected: /^package\.json:4: .*"empathy-lint:lenient".*use one of: empathy-lint:recommended, empathy-lint:strict$/,
      },
      {
        files: { '.empathyrc.cjs': 'module.exports = {\n  rules: {},\n  rulez: {},\n};\n' },
        expected: /^\.empathyrc\.cjs: unknown setting "rulez" \(did you mean "rules"\?\); valid settings: /,
      },
    ];
    const projects = cases.map((entry) => new Project({ ...entry.files, ...copy }));
    const results = await Promise.all(projects.map((p) => p.run([])));
    for (const [index, result] of results.entries()) {
      const line = expectOneLineError(result);
      const relative = line.replace(`empathy-lint: ${projects[index]!.dir}/`, '').trimEnd();
      expect(relative).toMatch(cases[index]!.expected);
    }
  });

  test('a JSON or YAML syntax error names the file and the line', async () => {
    const cases: { files: Record<string, string>; expected: RegExp }[] = [
      { files: { '.empathyrc.json': '{\n  "rules": {\n    "no-blame": "warn"\n    "no-hollow-apology": "warn"\n  }\n}\n' }, expected: /^\.empathyrc\.json:4: cannot parse the configuration: \S/ },
      { files: { '.empathyrc.yaml': 'rules:\n  no-blame: warn\n   - no-hollow-apology: [\n' }, expected: /^\.empathyrc\.yaml:3: cannot parse the configuration: \S/ },
      { files: { '.empathyrc': 'rules:\n  no-blame: warn\n  no-hollow-apology: "warn\n' }, expected: /^\.empathyrc:\d+: cannot parse the configuration: \S/ },
      { files: { 'package.json': '{\n  "name": "site",\n  "empathy": {\n    "rules": {}\n  \n}\n' }, expected: /^package\.json:\d+: cannot parse the configuration: \S/ },
    ];
    const projects = cases.map((entry) => new Project({ ...entry.files, ...copy }));
    const results = await Promise.all(projects.map((p) => p.run([])));
    for (const [index, result] of results.entries()) {
      const line = expectOneLineError(result);
      expect(line.replace(`empathy-lint: ${projects[index]!.dir}/`, '').trimEnd()).toMatch(cases[index]!.expected);
    }
  });
});
