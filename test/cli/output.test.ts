// End-to-end: report formats (JSON, stylish), output file, colour, --quiet, --max-warnings and exit codes.
import { describe, expect, test } from 'vitest';
import {
  ANSI,
  CONDITIONAL,
  CONDITIONAL_PHRASE,
  FORMULAIC,
  FORMULAIC_PHRASE,
  HOLLOW,
  type JsonMessage,
  Project,
  brief,
  expectOneLineError,
  onlyHollow,
} from './helpers.js';

/** 1-based line and column of an offset, counting "\n" as the line break (so "\r" ends a line's columns). */
function pointOf(source: string, offset: number): { line: number; column: number } {
  const before = source.slice(0, offset);
  const lineStart = before.lastIndexOf('\n') + 1;
  return { line: before.split('\n').length, column: offset - lineStart + 1 };
}

/** Check a message's line/column pair against the offset of `phrase` in `source`. */
function expectAt(source: string, message: JsonMessage, phrase: string, occurrence = 0): void {
  let offset = -1;
  for (let index = 0; index <= occurrence; index++) offset = source.indexOf(phrase, offset + 1);
  expect(offset).toBeGreaterThanOrEqual(0);
  const start = pointOf(source, offset);
  const end = pointOf(source, offset + phrase.length);
  expect([message.line, message.column, message.endLine, message.endColumn]).toEqual([start.line, start.column, end.line, end.column]);
}

describe.concurrent('formats', () => {
  test('-f json: one array, one element per file, lines and columns in the original file, ranges that slice out the phrase (Markdown with front matter, text with CRLF)', async () => {
    const markdown = `---\ntitle: Delivery update\ntags: [support, shipping]\n---\n\n# Your order\n\n${CONDITIONAL} ${FORMULAIC}\n`;
    const crlf = `Hello team,\r\n\r\n${FORMULAIC}\r\n${CONDITIONAL}\r\n\r\nThanks,\r\nSupport\r\n`;
    const p = new Project({ '.empathyrc.json': { rules: onlyHollow('warn') }, 'update.md': markdown, 'reply.txt': crlf, 'clean.md': 'Thanks for writing in.\n' });
    const { code, stdout, stderr, results } = await p.json([]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout.endsWith(']\n')).toBe(true);
    expect(stdout.trimEnd().split('\n')).toHaveLength(1);
    expect(Array.isArray(results)).toBe(true);
    expect(results.map((result) => result.filePath)).toEqual([p.path('clean.md'), p.path('reply.txt'), p.path('update.md')]);
    expect(results[0]).toMatchObject({ filePath: p.path('clean.md'), errorCount: 0, warningCount: 0, messages: [] });

    for (const [result, source] of [
      [results[1]!, crlf],
      [results[2]!, markdown],
    ] as const) {
      expect(result).toMatchObject({ errorCount: 0, warningCount: 2 });
      expect(typeof result.filePath).toBe('string');
      for (const message of result.messages) {
        expect(message).toMatchObject({ ruleId: HOLLOW, severity: 1 });
        expect(typeof message.message).toBe('string');
        expect(message.message.length).toBeGreaterThan(0);
        for (const key of ['line', 'column', 'endLine', 'endColumn'] as const) expect(Number.isInteger(message[key])).toBe(true);
      }
      const formulaic = result.messages.find((message) => message.messageId === 'formulaic')!;
      const conditional = result.messages.find((message) => message.messageId === 'conditional')!;
      expectAt(source, formulaic, FORMULAIC_PHRASE);
      expectAt(source, conditional, CONDITIONAL_PHRASE);
      expect(formulaic.suggestions!.length).toBeGreaterThan(0);
      for (const suggestion of formulaic.suggestions!) {
        expect(typeof suggestion.desc).toBe('string');
        expect(typeof suggestion.fix.text).toBe('string');
        expect(source.slice(suggestion.fix.range[0], suggestion.fix.range[1])).toBe(FORMULAIC_PHRASE);
      }
    }
    // Lines count the front matter; the CRLF file's columns do not count the "\r".
    expect(brief(results[2]!.messages)).toEqual([
      [HOLLOW, 'conditional', 1, 8, 1, 8, 18],
      [HOLLOW, 'formulaic', 1, 8, 40, 8, 82],
    ]);
    expect(brief(results[1]!.messages)).toEqual([
      [HOLLOW, 'formulaic', 1, 3, 14, 3, 56],
      [HOLLOW, 'conditional', 1, 4, 1, 4, 18],
    ]);
  });

  test('-f stylish (the default): file header, line:column, level, message, rule id, suggestion line and summary; nothing for clean files', async () => {
    const p = new Project({
      '.empathyrc.json': { rules: onlyHollow('warn'), overrides: [{ files: '*.txt', rules: { [HOLLOW]: 'error' } }] },
      'a.md': `${CONDITIONAL}\n\nHello.\n\n${FORMULAIC}\n`,
      'b.txt': `${FORMULAIC}\n`,
      'clean.md': 'Thanks for writing in.\n',
    });
    const [json, stylish, clean] = await Promise.all([p.json([]), p.run(['-f', 'stylish']), p.run(['clean.md'])]);
    expect(json.code).toBe(1);
    const [a, b] = [json.results.find((result) => result.filePath.endsWith('a.md'))!, json.results.find((result) => result.filePath.endsWith('b.txt'))!];
    const [aConditional, aFormulaic] = a.messages;
    const [bFormulaic] = b.messages;
    expect(stylish.stderr).toBe('');
    expect(stylish.code).toBe(1);
    // Each file's header carries its score and purpose; the first suggestion's description goes under a finding.
    expect(stylish.stdout).toBe(
      [
        `a.md  score ${a.score}/100 · general copy · costs: ${HOLLOW} −${a.scoreBreakdown![0]!.cost}`,
        `  1:1   warn   ${aConditional!.message}  ${HOLLOW}`,
        `  5:14  warn   ${aFormulaic!.message}  ${HOLLOW}`,
        `               try: ${aFormulaic!.suggestions![0]!.desc}`,
        '',
        `b.txt  score ${b.score}/100 · general copy · costs: ${HOLLOW} −${b.scoreBreakdown![0]!.cost}`,
        `  1:14  error  ${bFormulaic!.message}  ${HOLLOW}`,
        `               try: ${bFormulaic!.suggestions![0]!.desc}`,
        '',
        '✖ 3 problems (1 error, 2 warnings)',
        `3 files checked · 1 clean · lowest score ${Math.min(a.score!, b.score!)}/100 (${a.score! <= b.score! ? 'a.md' : 'b.txt'})`,
        '',
      ].join('\n'),
    );
    // A kind file says so, with its score.
    expect(clean).toMatchObject({ code: 0, stdout: '✔ clean.md: no problems · score 100/100\n', stderr: '' });
  });

  test('--verbose lists every file with its score and purpose, kind ones too; every run ends with what it checked', async () => {
    const p = new Project({ '.empathyrc.json': { rules: onlyHollow('warn') }, 'a.md': `${FORMULAIC}\n`, 'clean.md': 'Thanks for writing in.\n', 'kind.md': 'Your order is on its way.\n' });
    const [verbose, plain, cleanOnly] = await Promise.all([p.run(['--verbose']), p.run([]), p.run(['clean.md', 'kind.md', '--verbose'])]);
    expect(verbose.code).toBe(0);
    const lines = verbose.stdout.split('\n');
    expect(lines.filter((line) => /^\S/.test(line))).toEqual([
      expect.stringMatching(/^a\.md  score 95\/100 · general copy · costs: no-hollow-apology −5$/),
      'clean.md  score 100/100 · general copy · no problems',
      expect.stringMatching(/^kind\.md  score 100\/100 · .+ · no problems$/),
      '✖ 1 problem (0 errors, 1 warning)',
      '3 files checked · 2 clean · lowest score 95/100 (a.md)',
    ]);
    expect(plain.stdout).not.toContain('clean.md');
    expect(plain.stdout.endsWith('✖ 1 problem (0 errors, 1 warning)\n3 files checked · 2 clean · lowest score 95/100 (a.md)\n')).toBe(true);
    expect(cleanOnly.stdout.split('\n').at(-2)).toBe('✔ 2 files checked · no problems · lowest score 100/100');
  });

  test('-o writes the report to a file, creating folders, and prints nothing (and never colour)', async () => {
    const p = new Project({ '.empathyrc.json': { rules: onlyHollow('warn') }, 'a.md': `${FORMULAIC}\n` });
    const [json, stylish, reference] = await Promise.all([
      p.run(['-f', 'json', '-o', 'reports/nested/lint.json']),
      p.run(['--output-file', 'out/report.txt', '--color'], { env: { NO_COLOR: undefined, FORCE_COLOR: '1' } }),
      p.run([]),
    ]);
    expect(json).toMatchObject({ code: 0, stdout: '', stderr: '' });
    const written = JSON.parse(p.read('reports/nested/lint.json')) as { filePath: string; messages: JsonMessage[] }[];
    expect(written.map((result) => [result.filePath, brief(result.messages)])).toEqual([[p.path('a.md'), [[HOLLOW, 'formulaic', 1, 1, 14, 1, 56]]]]);
    expect(stylish).toMatchObject({ code: 0, stdout: '', stderr: '' });
    expect(p.read('out/report.txt')).toBe(reference.stdout);
    expect(p.read('out/report.txt')).not.toMatch(ANSI);
  });
});

describe.concurrent('colour', () => {
  test('no ANSI escapes when piped, with NO_COLOR or with --no-color; ANSI with FORCE_COLOR=1 or --color, and the same text underneath', async () => {
    const p = new Project({ '.empathyrc.json': { rules: onlyHollow('error') }, 'a.md': `${FORMULAIC}\n` });
    const plainEnv = { NO_COLOR: undefined, FORCE_COLOR: undefined };
    const [piped, noColorEnv, noColorFlag, forced, flag] = await Promise.all([
      p.run([], { env: plainEnv }),
      p.run([], { env: { NO_COLOR: '1' } }),
      p.run(['--no-color'], { env: { NO_COLOR: undefined, FORCE_COLOR: '1' } }),
      p.run([], { env: { NO_COLOR: undefined, FORCE_COLOR: '1' } }),
      p.run(['--color'], { env: { NO_COLOR: '1' } }),
    ]);
    for (const result of [piped, noColorEnv, noColorFlag, forced, flag]) {
      expect(result.code).toBe(1);
      expect(result.stderr).toBe('');
    }
    expect(piped.stdout).toMatch(/^a\.md  score \d+\/100/);
    for (const result of [piped, noColorEnv, noColorFlag]) {
      expect(result.stdout).not.toMatch(ANSI);
      expect(result.stdout).toBe(piped.stdout);
    }
    for (const result of [forced, flag]) {
      expect(result.stdout).toMatch(ANSI);
      // eslint-disable-next-line no-control-regex
      expect(result.stdout.replace(/\u001b\[\d+(;\d+)*m/g, '')).toBe(piped.stdout);
    }
  });

  test('on a terminal: colour by default, but not with NO_COLOR, --no-color, FORCE_COLOR=0 or -o', async () => {
    const p = new Project({ '.empathyrc.json': { rules: onlyHollow('error') }, 'a.md': `${FORMULAIC}\n` });
    const plainEnv = { NO_COLOR: undefined, FORCE_COLOR: undefined };
    const [terminal, piped, noColorEnv, noColorFlag, forcedOff, toFile] = await Promise.all([
      p.run([], { env: plainEnv, tty: true }),
      p.run([], { env: plainEnv }),
      p.run([], { env: { NO_COLOR: '1' }, tty: true }),
      p.run(['--no-color'], { env: plainEnv, tty: true }),
      p.run([], { env: { NO_COLOR: undefined, FORCE_COLOR: '0' }, tty: true }),
      p.run(['-o', 'report.txt'], { env: plainEnv, tty: true }),
    ]);
    expect(terminal.code).toBe(1);
    expect(terminal.stdout).toMatch(ANSI);
    // eslint-disable-next-line no-control-regex
    expect(terminal.stdout.replace(/\u001b\[\d+(;\d+)*m/g, '')).toBe(piped.stdout);
    for (const result of [piped, noColorEnv, noColorFlag, forcedOff]) expect([result.code, result.stdout]).toEqual([1, piped.stdout]);
    expect(toFile.stdout).toBe('');
    expect(p.read('report.txt')).toBe(piped.stdout);
  });
});

describe.concurrent('levels and exit codes', () => {
  const files = {
    '.empathyrc.json': { rules: onlyHollow('warn'), overrides: [{ files: 'errors/**', rules: { [HOLLOW]: 'error' } }] },
    'warn.md': `${CONDITIONAL}\n\n${FORMULAIC}\n`,
    'errors/one.md': `${FORMULAIC}\n`,
    'clean.md': 'Thanks for writing in.\n',
  };

  test('--quiet reports errors only', async () => {
    const p = new Project(files);
    const [json, stylish, onlyWarnings] = await Promise.all([p.json(['--quiet']), p.run(['--quiet']), p.run(['--quiet', 'warn.md'])]);
    expect(json.stderr).toBe('');
    expect(json.code).toBe(1);
    expect(json.results.map((result) => [result.filePath, result.errorCount, result.warningCount, brief(result.messages)])).toEqual([
      [p.path('clean.md'), 0, 0, []],
      [p.path('errors/one.md'), 1, 0, [[HOLLOW, 'formulaic', 2, 1, 14, 1, 56]]],
      [p.path('warn.md'), 0, 0, []],
    ]);
    expect(stylish.code).toBe(1);
    expect(stylish.stdout).toMatch(/^errors\/one\.md  score \d+\/100 · .+\n {2}1:14 {2}error {2}.+\n.+\n\n✖ 1 problem \(1 error, 0 warnings\)\n3 files checked · 2 clean · lowest score \d+\/100 \(.+\)\n$/);
    expect(stylish.stdout).not.toMatch(/^warn\.md/m);
    expect(onlyWarnings).toMatchObject({ code: 0, stderr: '' });
    expect(onlyWarnings.stdout).toMatch(/^✔ warn\.md: no problems · score \d+\/100\n$/);
  });

  test('--max-warnings N: exit 1 when there are more than N warnings, 0 when exactly N; errors exit 1 anyway', async () => {
    const p = new Project(files);
    const [equal, over, errors, bad] = await Promise.all([
      p.run(['--max-warnings', '2', 'warn.md', 'clean.md']),
      p.run(['--max-warnings', '1', 'warn.md']),
      p.run(['--max-warnings', '10', 'errors']),
      p.run(['--max-warnings', 'lots', 'warn.md']),
    ]);
    expect(equal.code).toBe(0);
    expect(equal.stderr).toBe('');
    expect(equal.stdout).toContain('✖ 2 problems (0 errors, 2 warnings)\n');
    expect(over.code).toBe(1);
    // The same findings; only the closing line differs, as the first run also checked clean.md.
    expect(equal.stdout.split('\n').at(-2)).toMatch(/^2 files checked · 1 clean · lowest score \d+\/100 \(warn\.md\)$/);
    expect(over.stdout.split('\n').slice(0, -2)).toEqual(equal.stdout.split('\n').slice(0, -2));
    expect(over.stderr).toBe('empathy-lint: 2 warnings, more than the --max-warnings limit of 1.\n');
    expect(errors.code).toBe(1);
    expect(errors.stderr).toBe('');
    expectOneLineError(bad, '--max-warnings takes a whole number, not "lots"');
  });

  test('usage errors are exit 2 with one line on stderr (exit 0 and 1 are covered above)', async () => {
    const p = new Project(files);
    const [unknownOption, badFormat, both, nameWithoutStdin, missingValue] = await Promise.all([
      p.run(['--colr']),
      p.run(['-f', 'xml']),
      p.run(['--stdin', 'warn.md']),
      p.run(['--stdin-filename', 'x.md']),
      p.run(['--rule']),
    ]);
    expectOneLineError(unknownOption, /^empathy-lint: unknown option '--colr'.*--color/);
    expectOneLineError(badFormat, /^empathy-lint: unknown format "xml"; use one of stylish, json, sarif, github, checkstyle, html, or the path or package name of a formatter\n$/);
    expectOneLineError(both, 'give either --stdin or paths, not both');
    expectOneLineError(nameWithoutStdin, '--stdin-filename goes with --stdin');
    expectOneLineError(missingValue, /^empathy-lint: .*--rule.*missing/);
  });
});
