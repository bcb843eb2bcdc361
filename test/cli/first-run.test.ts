// What a new user meets first: copy piped in without --stdin, --stdin without a file name, a folder of
// catalogues no config names, an empty folder, and the catalogue block of --init.
import fs from 'node:fs';
import { describe, expect, test } from 'vitest';
import { FORMULAIC, FORMULAIC_PHRASE, HOLLOW, Project, expectOneLineError, onlyHollow } from './helpers.js';

const pipedError = 'copy was piped to standard input, which is read only with --stdin: run `empathy-lint --stdin` (add --stdin-filename NAME to pick its format), or name the files to lint';

describe.concurrent('piped copy without --stdin', () => {
  test('is a one-line usage error, in process and through a real pipe; empty input and CI runs lint the folder as before', async () => {
    const p = new Project({ '.empathyrc.json': { rules: onlyHollow('warn') }, 'a.md': `${FORMULAIC}\n` });
    const [inProcess, spawned, empty, inCI, withPaths] = await Promise.all([
      p.run([], { input: `${FORMULAIC}\n` }),
      p.spawn([], { input: `${FORMULAIC}\n` }),
      p.spawn([], { input: '' }),
      p.spawn([], { input: `${FORMULAIC}\n`, env: { CI: 'true' } }),
      p.run(['a.md'], { input: `${FORMULAIC}\n` }),
    ]);
    expectOneLineError(inProcess, pipedError);
    expectOneLineError(spawned, pipedError);
    // Nothing waiting, or a CI runner's own pipe, or paths named: the folder (or the paths) are linted.
    for (const run of [empty, inCI, withPaths]) {
      expect(run.stderr).toBe('');
      expect(run.stdout).toContain(`a.md  score 95/100`);
      expect(run.code).toBe(0);
    }
  });
});

describe.concurrent('--stdin without a file name reads the copy as its content suggests', () => {
  test('Markdown front matter is read as front matter: its keys are not linted as prose, and type: sets the purpose', async () => {
    const p = new Project();
    const input = `---\ntitle: Obviously the best plan\ntype: failed-payment\n---\n\n# Your payment\n\nYour card was declined. ${FORMULAIC}\n`;
    const [sniffed, named] = await Promise.all([p.json(['--stdin'], { input }), p.json(['--stdin', '--stdin-filename', 'x.md'], { input })]);
    const [result] = sniffed.results;
    expect(result!.filePath).toBe('<stdin>');
    expect(result!.purpose).toEqual({ type: 'problem', problem: 'failed-payment', source: 'front-matter' });
    expect(result!.messages.map((message) => message.ruleId)).not.toContain('no-condescension');
    expect(result!.messages.find((message) => message.ruleId === HOLLOW)).toMatchObject({ line: 8, column: 24 + FORMULAIC.indexOf(FORMULAIC_PHRASE) + 1 });
    // The same as naming it a Markdown file.
    expect(result!.messages.map(({ ruleId, line, column }) => [ruleId, line, column])).toEqual(named.results[0]!.messages.map(({ ruleId, line, column }) => [ruleId, line, column]));
  });

  test('HTML and MJML are read as markup: scripts, styles and attributes stay out, positions point into the input', async () => {
    const p = new Project({ '.empathyrc.json': { rules: onlyHollow('warn') } });
    const html = `<!doctype html>\n<html><head><style>p { color: red }</style><script>const a = "${FORMULAIC}";</script></head>\n<body><p class="${FORMULAIC}">Hello.</p>\n<p>${FORMULAIC}</p></body></html>\n`;
    const mjml = `<mjml><mj-body><mj-section><mj-column><mj-text>${FORMULAIC}</mj-text></mj-column></mj-section></mj-body></mjml>\n`;
    const [fromHtml, fromMjml, plain] = await Promise.all([
      p.json(['--stdin'], { input: html }),
      p.json(['--stdin'], { input: mjml }),
      p.json(['--stdin'], { input: `Hello <b>there</b>.\n\n${FORMULAIC}\n` }),
    ]);
    expect(fromHtml.results[0]!.messages.map(({ ruleId, line, column }) => [ruleId, line, column])).toEqual([[HOLLOW, 4, 4 + FORMULAIC.indexOf(FORMULAIC_PHRASE)]]);
    expect(fromMjml.results[0]!.messages.map(({ ruleId, line, column }) => [ruleId, line, column])).toEqual([[HOLLOW, 1, 48 + FORMULAIC.indexOf(FORMULAIC_PHRASE)]]);
    // Inline markup in the middle of plain text does not make it HTML.
    expect(plain.results[0]!.messages.map(({ ruleId, line }) => [ruleId, line])).toEqual([[HOLLOW, 3]]);
  });
});

describe.concurrent('a run that finds no copy', () => {
  test('a folder of catalogues that no config lists gets one line saying how to lint them; listing them lints them', async () => {
    const catalogue = { checkout: { declined: `Your card was declined. ${FORMULAIC}` } };
    const p = new Project({ 'locales/en.json': catalogue, 'locales/de.json': catalogue, 'package.json': { name: 'shop' } });
    const hinted = await p.run([]);
    expect(hinted.code).toBe(0);
    expect(hinted.stderr).toBe(
      'empathy-lint: no copy found to lint, but 2 JSON or YAML files (such as locales/de.json) are read as string catalogues only when a config lists them: add catalogs: ["locales/**/*.json"] to your config (empathy-lint --init writes one), or name a file to lint it once\n',
    );
    expect(hinted.stdout).toBe('');
    const json = await p.json([]);
    expect([json.stdout, json.stderr]).toEqual(['[]\n', hinted.stderr]);

    p.write({ '.empathyrc.json': { catalogs: ['locales/**/*.json'] } });
    const listed = await p.json([]);
    expect(listed.stderr).toBe('');
    expect(listed.results.map((result) => [result.filePath, result.messages.some((message) => message.ruleId === HOLLOW)])).toEqual([
      [p.path('locales/de.json'), true],
      [p.path('locales/en.json'), true],
    ]);
  });

  test('an empty folder says there was nothing to lint instead of looking all clear', async () => {
    const p = new Project({ 'notes/readme.rst': 'Hello.\n' });
    const [here, named] = await Promise.all([p.run([]), p.run(['notes'])]);
    expect(here).toMatchObject({ code: 0, stdout: '' });
    expect(here.stderr).toBe("empathy-lint: no copy found to lint in this folder: folders are searched for Markdown, text, HTML, e-mail and MJML files (see the README's input formats)\n");
    expect(named.stderr).toMatch(/^empathy-lint: no copy found to lint in notes: /);
  });

  test('--init writes a commented catalogs block that works once uncommented', async () => {
    const p = new Project({ 'locales/en.json': { errors: { declined: `Your card was declined. ${FORMULAIC}` } } });
    const init = await p.run(['--init']);
    expect(init.stdout).toContain('list them under `catalogs` in it');
    const config = p.read('.empathyrc.yaml');
    expect(config).toContain('# catalogs:\n#   - "locales/**/*.json"\n');
    fs.writeFileSync(p.path('.empathyrc.yaml'), config.replace('# catalogs:\n#   - "locales/**/*.json"\n#   - "src/i18n/*.yaml"\n', 'catalogs:\n  - "locales/**/*.json"\n'));
    const linted = await p.json([]);
    expect(linted.stderr).toBe('');
    expect(linted.results.map((result) => result.filePath)).toEqual([p.path('locales/en.json')]);
    expect(linted.results[0]!.messages.map((message) => [message.ruleId, (message as { location?: string }).location])).toContainEqual([HOLLOW, 'errors.declined']);
  });
});
