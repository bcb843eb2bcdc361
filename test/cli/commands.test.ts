// End-to-end: --stdin, inline control comments, --list-rules, --print-config, --init, --version, --help, crashes.
import fs from 'node:fs';
import { describe, expect, test } from 'vitest';
import { CONDITIONAL, FORMULAIC, HOLLOW, Project, brief, builtinRuleIds, escape, expectOneLineError, onlyHollow, onlyHollowYaml, repoRoot } from './helpers.js';

describe.concurrent('--stdin', () => {
  const frontMatter = `---\ntitle: ${CONDITIONAL}\n---\n\n${FORMULAIC}\n`;

  test('copy that cannot be read as its syntax is one line naming the input, exit 2', async () => {
    const p = new Project({});
    expectOneLineError(await p.run(['--stdin', '--stdin-filename', 'notice.eml'], { input: 'not a message' }), /^empathy-lint: notice\.eml: this \.eml file does not start with message headers/);
  });

  test('--stdin-filename picks the syntax, appears as filePath, and config is searched from its folder', async () => {
    const p = new Project({
      '.empathyrc.json': { rules: onlyHollow('warn') },
      'docs/.empathyrc.yaml': `rules:\n${onlyHollowYaml('error')}`,
    });
    const [markdown, text, plain] = await Promise.all([
      p.json(['--stdin', '--stdin-filename', 'docs/welcome.md'], { input: frontMatter }),
      p.json(['--stdin', '--stdin-filename', 'docs/welcome.txt'], { input: frontMatter }),
      p.json(['--stdin'], { input: frontMatter }),
    ]);
    // Markdown: the front matter is parsed (its title is not copy), and lines count it.
    expect(markdown.stderr).toBe('');
    expect(markdown.code).toBe(1);
    expect(markdown.results.map((result) => [result.filePath, brief(result.messages)])).toEqual([
      [p.path('docs/welcome.md'), [[HOLLOW, 'formulaic', 2, 5, 14, 5, 56]]],
    ]);
    const range = markdown.results[0]!.messages[0]!.suggestions![0]!.fix.range;
    expect(frontMatter.slice(...range)).toBe('for any inconvenience this may have caused');
    // Plain text: every line is copy.
    expect(text.code).toBe(1);
    expect(text.results.map((result) => [result.filePath, brief(result.messages)])).toEqual([
      [
        p.path('docs/welcome.txt'),
        [
          [HOLLOW, 'conditional', 2, 2, 8, 2, 25],
          [HOLLOW, 'formulaic', 2, 5, 14, 5, 56],
        ],
      ],
    ]);
    // No name: the front matter makes it Markdown (its keys are not prose), the working folder's config,
    // "<stdin>" in reports.
    expect(plain.stderr).toBe('');
    expect(plain.code).toBe(0);
    expect(plain.results.map((result) => [result.filePath, brief(result.messages)])).toEqual([['<stdin>', [[HOLLOW, 'formulaic', 1, 5, 14, 5, 56]]]]);
  });

  test('--stdin refuses binary and invalid UTF-8 input with one line', async () => {
    const p = new Project({ '.empathyrc.json': { rules: onlyHollow('warn') } });
    const [binary, invalid] = await Promise.all([
      p.run(['--stdin', '--stdin-filename', 'a.md'], { input: Buffer.from([0x41, 0x00, 0x42]) }),
      p.run(['--stdin'], { input: Buffer.concat([Buffer.from('fine\nbad '), Buffer.from([0xc3, 0x28]), Buffer.from('\n')]) }),
    ]);
    expectOneLineError(binary, /^empathy-lint: a\.md: .*binary/);
    expectOneLineError(invalid, /^empathy-lint: .*line 2 .*UTF-8/);
  });
});

describe.concurrent('inline control comments', () => {
  const copy = [
    CONDITIONAL, // 1: reported
    '',
    `<!-- empathy-disable ${HOLLOW} -->`,
    '',
    FORMULAIC, // 5: off
    '',
    `<!-- empathy-enable ${HOLLOW} -->`,
    '',
    CONDITIONAL, // 9: reported
    '',
    `<!-- empathy-disable-next-line ${HOLLOW} -->`,
    FORMULAIC, // 12: off
    '',
    FORMULAIC, // 14: reported (only the next line was off)
    '',
    '<!-- empathy-disable -->',
    '',
    CONDITIONAL, // 18: off
    '',
    '<!-- empathy-enable -->',
    '',
    '<!-- empathy-disable-next-line no-such-rule -->', // 22: warning without a rule id
    CONDITIONAL, // 23: reported
    '',
  ].join('\n');

  test('empathy-disable / empathy-enable / empathy-disable-next-line work in Markdown and text; an unknown id is a warning with ruleId null', async () => {
    const p = new Project({ '.empathyrc.json': { rules: onlyHollow('error') }, 'notes.md': copy, 'notes.txt': copy });
    const { code, stderr, results } = await p.json([]);
    expect(stderr).toBe('');
    expect(code).toBe(1);
    const commentEnd = '<!-- empathy-disable-next-line no-such-rule -->'.length + 1;
    for (const result of results) {
      expect(brief(result.messages)).toEqual([
        [HOLLOW, 'conditional', 2, 1, 1, 1, 18],
        [HOLLOW, 'conditional', 2, 9, 1, 9, 18],
        [HOLLOW, 'formulaic', 2, 14, 14, 14, 56],
        [null, undefined, 1, 22, 1, 22, commentEnd],
        [HOLLOW, 'conditional', 2, 23, 1, 23, 18],
      ]);
      expect(result.messages[3]!.message).toContain('no-such-rule');
      expect(result).toMatchObject({ errorCount: 4, warningCount: 1 });
    }
  });
});

describe.concurrent('commands', () => {
  test('--list-rules prints every rule with its level and description, as text and with -f json', async () => {
    const p = new Project();
    const [text, json] = await Promise.all([p.run(['--list-rules']), p.run(['--list-rules', '-f', 'json'])]);
    expect(json).toMatchObject({ code: 0, stderr: '' });
    const rules = JSON.parse(json.stdout) as { id: string; level: string; strictLevel: string; description: string; url?: string }[];
    expect(rules.map((rule) => rule.id)).toContain(HOLLOW);
    expect(rules.find((rule) => rule.id === HOLLOW)).toMatchObject({ level: 'warn', strictLevel: 'error' });
    for (const rule of rules) {
      expect(['off', 'warn', 'error']).toContain(rule.level);
      expect(typeof rule.description).toBe('string');
    }
    expect(text).toMatchObject({ code: 0, stderr: '' });
    const width = Math.max(...rules.map((rule) => rule.id.length));
    expect(text.stdout).toBe(rules.map((rule) => `${rule.id.padEnd(width)}  ${rule.level.padEnd(5)}  ${rule.description}\n`).join(''));
  });

  test('--print-config FILE prints the configuration resolved for that file, honouring overrides and --rule', async () => {
    const p = new Project({
      '.empathyrc.yaml': [
        'extends: empathy-lint:strict',
        'rules:',
        '  no-hollow-apology: [warn, { allow: ["Acme"] }]',
        'overrides:',
        '  - files: ["legal/**"]',
        '    rules:',
        '      no-hollow-apology: off',
        'ignorePatterns: ["dist/"]',
        '',
      ].join('\n'),
    });
    const [plain, legal, flagged, unknown] = await Promise.all([
      p.run(['--print-config', 'emails/welcome.md']),
      p.run(['--print-config', 'legal/terms.md']),
      p.run(['--print-config', 'legal/terms.md', '--rule', `${HOLLOW}:error`]),
      p.run(['--print-config', 'legal/terms.md', '--rule', 'no-such-rule:off']),
    ]);
    const ids = builtinRuleIds();
    for (const result of [plain, legal, flagged]) {
      expect(result).toMatchObject({ code: 0, stderr: '' });
      const printed = JSON.parse(result.stdout) as Record<string, unknown> & { rules: Record<string, unknown> };
      expect(printed).toMatchObject({ configFile: p.path('.empathyrc.yaml'), extends: ['empathy-lint:strict'], plugins: [], ignorePatterns: ['dist/'] });
      expect(Object.keys(printed.rules).sort()).toEqual([...ids].sort());
    }
    const hollow = (result: { stdout: string }) => (JSON.parse(result.stdout) as { rules: Record<string, unknown> }).rules[HOLLOW];
    expect(hollow(plain)).toEqual(['warn', { allow: ['Acme'], allowWithFix: true }]);
    expect([hollow(legal)].flat()[0]).toBe('off');
    expect([hollow(flagged)].flat()[0]).toBe('error');
    expectOneLineError(unknown, /^empathy-lint: unknown rule "no-such-rule"/);
  });

  test('--init writes a .empathyrc.yaml that then loads fine, and refuses when a config exists', async () => {
    const p = new Project({ 'a.md': `${FORMULAIC}\n` });
    const other = new Project({ '.empathyrc.json': '{}\n' });
    const first = await p.run(['--init']);
    expect(first).toMatchObject({ code: 0, stderr: '' });
    expect(first.stdout).toMatch(/^Wrote \.empathyrc\.yaml\b.*\n$/);
    expect(fs.existsSync(p.path('.empathyrc.yaml'))).toBe(true);
    const [lint, printed, again, refused] = await Promise.all([p.json([]), p.run(['--print-config', 'a.md']), p.run(['--init']), other.run(['--init'])]);
    expect(lint.stderr).toBe('');
    expect([0, 1]).toContain(lint.code);
    expect(lint.results.map((result) => result.filePath)).toEqual([p.path('a.md')]);
    expect(JSON.parse(printed.stdout)).toMatchObject({ configFile: p.path('.empathyrc.yaml') });
    expectOneLineError(again, /^empathy-lint: \.empathyrc\.yaml already exists/);
    expectOneLineError(refused, /^empathy-lint: \.empathyrc\.json already exists/);
    expect(other.read('.empathyrc.json')).toBe('{}\n');
    expect(fs.existsSync(other.path('.empathyrc.yaml'))).toBe(false);
  });

  test('--version and --help exit 0', async () => {
    const p = new Project();
    const version = (JSON.parse(fs.readFileSync(`${repoRoot}/package.json`, 'utf8')) as { version: string }).version;
    const [long, short, help, shortHelp] = await Promise.all([p.run(['--version']), p.run(['-v']), p.run(['--help']), p.run(['-h'])]);
    expect(long).toEqual({ ...long, code: 0, stdout: `${version}\n`, stderr: '' });
    expect(short).toEqual({ ...short, code: 0, stdout: `${version}\n`, stderr: '' });
    expect(help).toMatchObject({ code: 0, stderr: '' });
    expect(help.stdout).toMatch(/^Usage: empathy-lint \[options\] \[paths\.\.\.\]\n/);
    for (const option of ['--stdin', '--stdin-filename', '--format', '--output-file', '--config', '--rule', '--max-warnings', '--quiet', '--no-ignore', '--list-rules', '--print-config', '--init', '--color', '--no-color', '--debug', '--version', '--help']) {
      expect(help.stdout).toMatch(new RegExp(`${escape(option)}\\b`));
    }
    expect(shortHelp.stdout).toBe(help.stdout);
  });

  test('a crashing rule is exit 2 with one line; only --debug prints the stack', async () => {
    const p = new Project({
      'crash.mjs': `export default { rules: { boom: { meta: { id: 'boom', description: 'Crashes.', level: 'error', messages: { x: 'x' } }, create() { return { sentence() { throw new Error('kaboom'); } }; } } } };\n`,
      '.empathyrc.json': { plugins: ['./crash.mjs'], rules: onlyHollow('off') },
      'a.md': 'Hello there.\n',
    });
    const [plain, debug] = await Promise.all([p.run([]), p.run(['--debug'])]);
    expectOneLineError(plain, /^empathy-lint: a\.md: rule "crash\/boom" crashed: kaboom \(run with --debug for details\)\n$/);
    expect(debug.code).toBe(2);
    expect(debug.stdout).toBe('');
    expect(debug.stderr).toMatch(/^empathy-lint: .*kaboom\n(\s+at .+\n)+$/);
  });
});
