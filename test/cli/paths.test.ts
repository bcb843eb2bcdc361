// End-to-end: which files the binary lints (paths, folders, globs, ignore files) and how it treats bad input.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import {
  CONDITIONAL,
  FORMULAIC,
  FORMULAIC_PHRASE,
  CONDITIONAL_PHRASE,
  HOLLOW,
  Project,
  brief,
  expectOneLineError,
  onlyHollow,
} from './helpers.js';

/** A project whose config turns every rule off but no-hollow-apology (warn). */
function project(files: Record<string, string | Buffer | object> = {}): Project {
  return new Project(files).write({ '.empathyrc.json': { rules: onlyHollow('warn') } });
}

const formulaicWarning = [HOLLOW, 'formulaic', 1, 1, 14, 1, 56] as const;

describe('paths, folders and globs', () => {
  test('with no paths it walks "." recursively, picking up .md, .markdown, .txt and .text files, in sorted path order', async () => {
    const p = project({
      'b.markdown': FORMULAIC,
      'a.md': FORMULAIC,
      'd.text': FORMULAIC,
      'c.txt': FORMULAIC,
      'notes.rst': FORMULAIC,
      'styles.css': `/* ${FORMULAIC} */`,
      'data.json': `{ "text": "${FORMULAIC}" }`,
      'notes/f.md': FORMULAIC,
      'notes/deep/g.txt': FORMULAIC,
      'node_modules/pkg/readme.md': FORMULAIC,
    });
    const { code, stderr, results } = await p.json([]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(results.map((result) => result.filePath)).toEqual(
      ['a.md', 'b.markdown', 'c.txt', 'd.text', 'notes/deep/g.txt', 'notes/f.md'].map((name) => p.path(name)),
    );
    for (const result of results) {
      expect(brief(result.messages)).toEqual([formulaicWarning]);
      expect(result).toMatchObject({ errorCount: 0, warningCount: 1 });
    }

  });

  test('an explicit file of another extension is linted as plain text', async () => {
    const p = project({ 'release.notes': `Hello,\n\n${FORMULAIC}\n`, README: `# Not a heading in plain text\n${CONDITIONAL}\n` });
    const { code, stderr, results } = await p.json(['release.notes', 'README']);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(results.map((result) => result.filePath)).toEqual([p.path('README'), p.path('release.notes')]);
    expect(brief(results[0]!.messages)).toEqual([[HOLLOW, 'conditional', 1, 2, 1, 2, 18]]);
    expect(brief(results[1]!.messages)).toEqual([[HOLLOW, 'formulaic', 1, 3, 14, 3, 56]]);
  });

  test('globs expand relative to the working folder; a glob that matches nothing is named on one line, exit 2', async () => {
    const p = project({
      'docs/guide/intro.md': FORMULAIC,
      'docs/index.md': FORMULAIC,
      'docs/notes.txt': FORMULAIC,
      'emails/welcome.txt': FORMULAIC,
      'emails/welcome.md': FORMULAIC,
    });
    const [globbed, none] = await Promise.all([p.json(['docs/**/*.md', 'emails/*.txt']), p.run(['docs/**/*.markdown'])]);
    expect(globbed.stderr).toBe('');
    expect(globbed.code).toBe(0);
    expect(globbed.results.map((result) => result.filePath)).toEqual(
      ['docs/guide/intro.md', 'docs/index.md', 'emails/welcome.txt'].map((name) => p.path(name)),
    );
    expectOneLineError(none, 'docs/**/*.markdown: matches no file');
  });

  test('results come in sorted path order whatever the order of the arguments, and a file named twice is linted once', async () => {
    const p = project({ 'a.md': FORMULAIC, 'b.md': FORMULAIC, 'sub/c.md': FORMULAIC, 'sub/deep/d.txt': FORMULAIC, 'other/e.md': FORMULAIC });
    // A folder argument walks that folder only.
    const { code, stderr, results } = await p.json(['sub', 'b.md', 'a.md', './a.md', p.path('a.md'), '*.md', 'sub/c.md']);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(results.map((result) => result.filePath)).toEqual([p.path('a.md'), p.path('b.md'), p.path('sub/c.md'), p.path('sub/deep/d.txt')]);
    expect(results.every((result) => result.messages.length === 1)).toBe(true);
  });

  test('a missing path is exit 2 with one line naming it, after the other files are linted and reported', async () => {
    const p = project({ 'a.md': FORMULAIC, 'z.md': FORMULAIC });
    const { code, stderr, results } = await p.json(['gone/missing.md', 'z.md', 'a.md', 'none/*.md']);
    expect(stderr).toBe('empathy-lint: gone/missing.md: no such file or folder\nempathy-lint: none/*.md: matches no file\n');
    expect(code).toBe(2);
    expect(results.map((result) => [path.relative(p.dir, result.filePath), result.fatal ?? result.messages.length])).toEqual([
      ['a.md', 1],
      ['gone/missing.md', 'no such file or folder'],
      ['none/*.md', 'matches no file'],
      ['z.md', 1],
    ]);
    const stylish = await p.run(['a.md', 'gone/missing.md']);
    expect(stylish.code).toBe(2);
    expect(stylish.stdout).toContain('a.md');
    expect(stylish.stderr).toBe('empathy-lint: gone/missing.md: no such file or folder\n');
  });
});

describe('ignore files', () => {
  const files = {
    '.gitignore': 'build/\nsecret.md\n',
    '.empathyignore': '# copy we do not own\ndrafts/*.txt\n',
    'sub/.gitignore': 'local.md\n',
    'build/out.md': FORMULAIC,
    'secret.md': FORMULAIC,
    'drafts/old.txt': FORMULAIC,
    'drafts/keep.md': FORMULAIC,
    'generated/page.md': FORMULAIC,
    'sub/local.md': FORMULAIC,
    'sub/ok.md': FORMULAIC,
    'ok.md': FORMULAIC,
  };
  const config = { ignorePatterns: ['generated/'], rules: onlyHollow('warn') };

  test('.gitignore (also in sub-folders), .empathyignore and ignorePatterns are honoured in folder walks; --no-ignore lints everything', async () => {
    const p = new Project(files).write({ '.empathyrc.json': config });
    const [walk, noIgnore] = await Promise.all([p.json([]), p.json(['--no-ignore'])]);
    expect(walk.stderr).toBe('');
    expect(walk.code).toBe(0);
    expect(walk.results.map((result) => result.filePath)).toEqual(['drafts/keep.md', 'ok.md', 'sub/ok.md'].map((name) => p.path(name)));
    expect(walk.results.some((result) => result.skipped)).toBe(false);

    expect(noIgnore.stderr).toBe('');
    expect(noIgnore.code).toBe(0);
    expect(noIgnore.results.map((result) => result.filePath)).toEqual(
      ['build/out.md', 'drafts/keep.md', 'drafts/old.txt', 'generated/page.md', 'ok.md', 'secret.md', 'sub/local.md', 'sub/ok.md'].map((name) =>
        p.path(name),
      ),
    );
    for (const result of noIgnore.results) expect(brief(result.messages)).toEqual([formulaicWarning]);
  });

  test('a file named explicitly but ignored is reported as skipped, with the ignore file that skipped it, not as an error', async () => {
    const p = new Project(files).write({ '.empathyrc.json': config });
    const args = ['secret.md', 'drafts/old.txt', 'sub/local.md', 'generated/page.md', 'ok.md'];
    const [json, stylish, noIgnore] = await Promise.all([p.json(args), p.run([...args, '--rule', `${HOLLOW}:off`]), p.json(['--no-ignore', ...args])]);

    expect(json.stderr).toBe('');
    expect(json.code).toBe(0);
    expect(json.results.map((result) => [result.filePath, result.skipped, result.messages.length])).toEqual([
      [p.path('drafts/old.txt'), 'ignored by .empathyignore', 0],
      [p.path('generated/page.md'), 'ignored by .empathyrc.json', 0],
      [p.path('ok.md'), undefined, 1],
      [p.path('secret.md'), 'ignored by .gitignore', 0],
      [p.path('sub/local.md'), 'ignored by sub/.gitignore', 0],
    ]);
    for (const result of json.results.filter((entry) => entry.skipped)) {
      expect(result).toMatchObject({ errorCount: 0, warningCount: 0, messages: [] });
    }

    expect(stylish.stderr).toBe('');
    expect(stylish.code).toBe(0);
    expect(stylish.stdout).toBe(
      [
        'drafts/old.txt',
        '  skipped: ignored by .empathyignore',
        '',
        'generated/page.md',
        '  skipped: ignored by .empathyrc.json',
        '',
        'secret.md',
        '  skipped: ignored by .gitignore',
        '',
        'sub/local.md',
        '  skipped: ignored by sub/.gitignore',
        '',
        // The skipped files are not counted as checked.
        '✔ ok.md: no problems · score 100/100',
        '',
      ].join('\n'),
    );

    expect(noIgnore.stderr).toBe('');
    expect(noIgnore.code).toBe(0);
    expect(noIgnore.results.map((result) => [result.filePath, result.skipped, result.messages.length])).toEqual(
      ['drafts/old.txt', 'generated/page.md', 'ok.md', 'secret.md', 'sub/local.md'].map((name) => [p.path(name), undefined, 1]),
    );
  });
});

describe('bad input', () => {
  test('a binary file named explicitly is exit 2 with one line naming it; found in a folder walk it is skipped with exit 0', async () => {
    const binary = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52]);
    const p = project({ 'assets/logo.txt': binary, 'copy.md': 'All good here.\n' });
    const [explicit, walk] = await Promise.all([p.run(['assets/logo.txt']), p.json([])]);
    expectOneLineError(explicit, /^empathy-lint: assets\/logo\.txt: .*binary/);

    expect(walk.stderr).toBe('');
    expect(walk.code).toBe(0);
    expect(walk.results.map((result) => [result.filePath, result.messages])).toEqual([
      [p.path('assets/logo.txt'), []],
      [p.path('copy.md'), []],
    ]);
    expect(walk.results[0]!.skipped).toMatch(/binary/);
    expect(walk.results[1]!.skipped).toBeUndefined();
  });

  test('invalid UTF-8 is exit 2 with one line naming the file and the line', async () => {
    const p = project({ 'bad.md': Buffer.concat([Buffer.from('# Title\n\nFine line.\nBroken '), Buffer.from([0xff, 0xfe, 0x41]), Buffer.from(' here.\n')]) });
    const result = await p.run(['bad.md']);
    expectOneLineError(result, /^empathy-lint: bad\.md: .*\bline 4\b.*UTF-8/);
  });

  test('an empty file is clean: exit 0, no messages, only the closing summary in stylish', async () => {
    const p = project({ 'empty.md': '', 'empty.txt': '' });
    const [json, stylish] = await Promise.all([p.json(['empty.md', 'empty.txt']), p.run(['empty.md', 'empty.txt', '--max-warnings', '0'])]);
    expect(json.stderr).toBe('');
    expect(json.code).toBe(0);
    expect(json.results).toMatchObject([
      { filePath: p.path('empty.md'), errorCount: 0, warningCount: 0, messages: [] },
      { filePath: p.path('empty.txt'), errorCount: 0, warningCount: 0, messages: [] },
    ]);
    expect(stylish).toMatchObject({ code: 0, stdout: '✔ 2 files checked · no problems · lowest score 100/100\n', stderr: '' });
  });

  test('a 20 MB file is refused quickly: exit 2 with one line naming it', async () => {
    const p = project();
    p.write({ 'huge.txt': Buffer.alloc(20 * 1024 * 1024, 'a') });
    const result = await p.run(['huge.txt']);
    expectOneLineError(result, /^empathy-lint: huge\.txt: .*\bMB\b/);
    expect(result.ms).toBeLessThan(5000);
  });

  test('a UTF-8 byte order mark does not shift lines, columns or ranges', async () => {
    const text = `${CONDITIONAL}\n${FORMULAIC}\n`;
    const p = project({ 'bom.txt': '\uFEFF' + text, 'bom.md': `\uFEFF---\ntitle: x\n---\n\n${text}` });
    const { code, stderr, results } = await p.json(['bom.md', 'bom.txt']);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(brief(results[0]!.messages)).toEqual([
      [HOLLOW, 'conditional', 1, 5, 1, 5, 18],
      [HOLLOW, 'formulaic', 1, 6, 14, 6, 56],
    ]);
    expect(brief(results[1]!.messages)).toEqual([
      [HOLLOW, 'conditional', 1, 1, 1, 1, 18],
      [HOLLOW, 'formulaic', 1, 2, 14, 2, 56],
    ]);
    // As in ESLint, ranges are offsets into the text after the byte order mark.
    for (const [index, name] of ['bom.md', 'bom.txt'].entries()) {
      const source = p.read(name).replace(/^\uFEFF/, '');
      const range = results[index]!.messages[1]!.suggestions![0]!.fix.range;
      expect(source.slice(...range)).toBe(FORMULAIC_PHRASE);
    }
    expect(CONDITIONAL.startsWith(CONDITIONAL_PHRASE)).toBe(true);
  });

  test.skipIf(process.getuid?.() === 0)('an unreadable file is exit 2 with one line naming it (skipped as root, who can read anything)', async () => {
    const p = project({ 'locked.md': FORMULAIC, 'ok.md': FORMULAIC });
    fs.chmodSync(p.path('locked.md'), 0o000);
    try {
      const result = await p.run(['locked.md']);
      expectOneLineError(result, 'locked.md: permission denied');
    } finally {
      fs.chmodSync(p.path('locked.md'), 0o644);
    }
  });
});
