// The file engine's parts, tested directly: what the CLI tests cover only through whole runs.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { parseUnifiedZero, touchesChangedLine, unquoteGitPath } from '../../src/engine/changed-lines.js';
import { LintCache, cacheFilePath, defaultCacheName } from '../../src/engine/cache.js';
import { IgnoreMatcher, decodeCopy, findFiles } from '../../src/engine/files.js';
import { restoreConventions, writeFixed } from '../../src/engine/write-fix.js';
import { lintFiles, runEngine } from '../../src/engine/engine.js';
import { builtinRules } from '../../rules/index.js';
import type { LintMessage, LintResult } from '../../src/types.js';

const folders: string[] = [];
afterAll(() => {
  for (const folder of folders) fs.rmSync(folder, { recursive: true, force: true });
});

/** A temporary folder with files. */
function folderWith(files: Record<string, string | Buffer>): string {
  const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'empathy-engine-')));
  folders.push(dir);
  for (const [name, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), content);
  }
  return dir;
}

/** A config with every built-in rule off but no-hollow-apology. */
const onlyHollow = JSON.stringify({ rules: Object.fromEntries([...builtinRules.keys()].map((id) => [id, id === 'no-hollow-apology' ? 'warn' : 'off'])) });
const FORMULAIC = 'We apologize for any inconvenience this may have caused.';

describe('git changes', () => {
  test('unquoteGitPath undoes C-style quoting, octal UTF-8 bytes included, and leaves plain names alone', () => {
    expect(unquoteGitPath('docs/a.md')).toBe('docs/a.md');
    expect(unquoteGitPath('"b/caf\\303\\251.md"')).toBe('b/café.md');
    expect(unquoteGitPath('"b/tab\\there \\"quoted\\" back\\\\slash.md"')).toBe('b/tab\there "quoted" back\\slash.md');
  });

  test('parseUnifiedZero gives the added lines of each file, and nothing for deleted files or pure deletions', () => {
    const diff = [
      'diff --git a/a.md b/a.md',
      '--- a/a.md',
      '+++ b/a.md',
      '@@ -2 +2,3 @@',
      '-old',
      '+new one',
      '+new two',
      '+new three',
      '@@ -9,2 +11,0 @@',
      '-gone',
      '-gone too',
      '@@ -20 +21 @@',
      '+changed',
      'diff --git a/gone.md b/gone.md',
      '--- a/gone.md',
      '+++ /dev/null',
      '@@ -1 +0,0 @@',
      '-bye',
      'diff --git a/"caf\\303\\251.md" b/"caf\\303\\251.md"',
      '--- "a/caf\\303\\251.md"',
      '+++ "b/caf\\303\\251.md"',
      '@@ -0,0 +1 @@',
      '+hello',
      '',
    ].join('\n');
    const files = parseUnifiedZero(diff);
    expect([...files.keys()]).toEqual(['a.md', 'café.md']);
    expect([...files.get('a.md')!]).toEqual([2, 3, 4, 21]);
    expect([...files.get('café.md')!]).toEqual([1]);
  });

  test('touchesChangedLine: any line of a multi-line finding counts; a new file counts everywhere', () => {
    const at = (line: number, endLine: number) => ({ line, endLine, column: 1, endColumn: 2 }) as LintMessage;
    const changed = new Set([5]);
    expect(touchesChangedLine(at(5, 5), changed)).toBe(true);
    expect(touchesChangedLine(at(4, 6), changed)).toBe(true);
    expect(touchesChangedLine(at(6, 7), changed)).toBe(false);
    expect(touchesChangedLine(at(4, 4), changed)).toBe(false);
    expect(touchesChangedLine(at(99, 99), 'all')).toBe(true);
  });
});

describe('reading files', () => {
  test('decodeCopy: text with or without a byte order mark; NUL bytes are binary; bad UTF-8 names its line', () => {
    expect(decodeCopy(Buffer.from('Hello\n'))).toEqual({ kind: 'text', text: 'Hello\n', bom: false });
    expect(decodeCopy(Buffer.from('\uFEFFHello\n'))).toEqual({ kind: 'text', text: 'Hello\n', bom: true });
    expect(decodeCopy(Buffer.from([0x48, 0x00, 0x49]))).toEqual({ kind: 'binary' });
    expect(decodeCopy(Buffer.concat([Buffer.from('one\ntwo\nthr'), Buffer.from([0xc3, 0x28]), Buffer.from('ee\n')]))).toEqual({ kind: 'invalid-utf8', line: 3 });
    // A NUL byte after the first 8000 bytes is not looked for: such a file is read as text.
    expect(decodeCopy(Buffer.concat([Buffer.alloc(8000, 0x61), Buffer.from([0])])).kind).toBe('text');
  });

  test('findFiles walks folders for known extensions, honours ignore files, keeps named files, and names a pattern that matched nothing', async () => {
    const dir = folderWith({
      'a.md': 'A.\n',
      'b.txt': 'B.\n',
      'notes.pdf': 'not copy',
      'locales/en.json': '{"title": "Hi"}\n',
      'drafts/c.md': 'C.\n',
      '.gitignore': 'drafts/\n',
      'node_modules/pkg/readme.md': 'Dependency.\n',
    });
    const ignorer = new IgnoreMatcher(dir, []);
    const walked = await findFiles(['.'], dir, ignorer);
    expect(walked.map((candidate) => path.relative(dir, candidate.filePath)).sort()).toEqual(['a.md', 'b.txt']);
    const withCatalogs = await findFiles(['.'], dir, ignorer, undefined, (file) => file.endsWith('en.json'));
    expect(withCatalogs.map((candidate) => path.relative(dir, candidate.filePath)).sort()).toEqual(['a.md', 'b.txt', 'locales/en.json']);
    const named = await findFiles(['drafts/c.md'], dir, ignorer);
    expect(named).toHaveLength(1);
    expect(named[0]!.ignoredBy).toMatch(/\.gitignore/);
    expect(await findFiles(['missing/*.md', 'a.md', 'gone.md'], dir, ignorer)).toEqual([
      { filePath: path.join(dir, 'a.md'), explicit: true },
      { filePath: path.join(dir, 'gone.md'), explicit: true, missing: 'no such file or folder' },
      { filePath: path.join(dir, 'missing/*.md'), explicit: true, missing: 'matches no file' },
    ]);
  });
});

describe('the cache', () => {
  const result = (messages: LintMessage[] = []): LintResult => ({ filePath: '/x/a.md', errorCount: 0, warningCount: messages.length, fixableCount: 0, messages });

  test('cacheFilePath: the default name in the working folder, a file, or a folder (existing or ending in a slash)', () => {
    const dir = folderWith({ 'existing/.keep': '' });
    expect(cacheFilePath(dir, undefined)).toBe(path.join(dir, defaultCacheName));
    expect(cacheFilePath(dir, 'cache/lint.json')).toBe(path.join(dir, 'cache/lint.json'));
    expect(cacheFilePath(dir, 'existing')).toBe(path.join(dir, 'existing', defaultCacheName));
    expect(cacheFilePath(dir, 'new/')).toBe(path.join(dir, 'new', defaultCacheName));
  });

  test('a saved entry is found by content and config hash; another hash, another version or a deleted file misses', () => {
    const dir = folderWith({ 'a.md': 'A.\n', 'b.md': 'B.\n' });
    const file = path.join(dir, '.empathy-cache');
    const warnings: string[] = [];
    const first = LintCache.open(file, '1.0.0', (text) => warnings.push(text));
    first.set(path.join(dir, 'a.md'), 'content-a', 'config-1', result());
    first.set(path.join(dir, 'b.md'), 'content-b', 'config-1', result());
    first.save();
    expect(fs.readdirSync(dir).filter((name) => name.endsWith('.tmp'))).toEqual([]);

    fs.rmSync(path.join(dir, 'b.md'));
    const second = LintCache.open(file, '1.0.0', (text) => warnings.push(text));
    expect(second.get(path.join(dir, 'a.md'), 'content-a', 'config-1')).toEqual({ errorCount: 0, warningCount: 0, fixableCount: 0, messages: [] });
    expect(second.get(path.join(dir, 'a.md'), 'content-a', 'config-2')).toBeUndefined();
    expect(second.get(path.join(dir, 'a.md'), 'changed', 'config-1')).toBeUndefined();
    second.save();
    // The entry of the deleted file is dropped on save.
    expect(Object.keys((JSON.parse(fs.readFileSync(file, 'utf8')) as { entries: object }).entries)).toEqual(['a.md']);

    expect(LintCache.open(file, '2.0.0', (text) => warnings.push(text)).get(path.join(dir, 'a.md'), 'content-a', 'config-1')).toBeUndefined();
    expect(warnings).toEqual([]);
  });

  test('an unusable cache file is ignored with one warning; one that is not ours is left alone', () => {
    const dir = folderWith({ broken: '{"format": 1, "linterVers', 'wrong-shape': '[1, 2, 3]' });
    const warnings: string[] = [];
    LintCache.open(path.join(dir, 'broken'), '1.0.0', (text) => warnings.push(text));
    LintCache.open(path.join(dir, 'wrong-shape'), '1.0.0', (text) => warnings.push(text));
    expect(warnings).toEqual([
      `the cache file ${path.join(dir, 'broken')} is not valid JSON, so it was ignored and will be rebuilt`,
      `the file ${path.join(dir, 'wrong-shape')} is not an empathy-lint cache, so it was left alone; linting every file, and no cache is kept this run (delete the file or choose another --cache-location)`,
    ]);
  });
});

describe('writing fixes', () => {
  test('restoreConventions keeps CRLF files CRLF (new lines too), leaves mixed files alone, and puts the byte order mark back', () => {
    expect(restoreConventions('a\r\nb\r\n', 'a\nx\nb\n', false)).toBe('a\r\nx\r\nb\r\n');
    expect(restoreConventions('a\r\nb\n', 'a\r\nb\nc\n', false)).toBe('a\r\nb\nc\n');
    expect(restoreConventions('a\n', 'b\n', true)).toBe('\uFEFFb\n');
  });

  test('writeFixed replaces the file keeping its mode and a symbolic link, and refuses a file changed meanwhile', async () => {
    const dir = folderWith({ 'a.md': 'old\n', 'b.md': 'old\n' });
    fs.chmodSync(path.join(dir, 'a.md'), 0o640);
    fs.symlinkSync(path.join(dir, 'a.md'), path.join(dir, 'link.md'));
    expect(await writeFixed(path.join(dir, 'link.md'), 'old\n', 'new\n', { settleMs: 0 })).toEqual({ written: true });
    expect(fs.readFileSync(path.join(dir, 'a.md'), 'utf8')).toBe('new\n');
    expect(fs.statSync(path.join(dir, 'a.md')).mode & 0o777).toBe(0o640);
    expect(fs.lstatSync(path.join(dir, 'link.md')).isSymbolicLink()).toBe(true);
    expect(await writeFixed(path.join(dir, 'b.md'), 'what the fixes were computed from\n', 'new\n', { settleMs: 0 })).toMatchObject({ written: false, reason: expect.stringMatching(/^changed on disk while it was being linted/) });
    expect(fs.readFileSync(path.join(dir, 'b.md'), 'utf8')).toBe('old\n');
    expect(fs.readdirSync(dir).filter((name) => name.includes('tmp'))).toEqual([]);
  });
});

describe('lintFiles and runEngine', () => {
  test('results come in path order with the nearest config, and a folder config applies below it', async () => {
    const loud = JSON.stringify({ rules: Object.fromEntries([...builtinRules.keys()].map((id) => [id, id === 'no-hollow-apology' ? 'error' : 'off'])) });
    const dir = folderWith({ '.empathyrc.json': onlyHollow, 'b.md': `${FORMULAIC}\n`, 'a.txt': 'Thanks for waiting.\n', 'loud/c.md': `${FORMULAIC}\n`, 'loud/.empathyrc.json': loud });
    const results = await lintFiles(['.'], { cwd: dir, concurrency: 'off', env: { HOME: dir } });
    expect(results.map((result) => [path.relative(dir, result.filePath), result.errorCount, result.warningCount])).toEqual([
      ['a.txt', 0, 0],
      ['b.md', 0, 1],
      ['loud/c.md', 1, 0],
    ]);
  });

  test('a dry-run fix reports each change with its content before and after and writes nothing; write saves it', async () => {
    const dir = folderWith({ '.empathyrc.json': JSON.stringify({ extends: 'empathy-lint:strict' }), 'a.md': 'Thanks!!!\n', 'b.md': 'Thanks for waiting.\n' });
    const dry = await runEngine(['.'], { cwd: dir, concurrency: 'off', env: { HOME: dir }, fix: { type: 'safe', write: false } });
    expect(dry.changes.map((change) => [path.relative(dir, change.filePath), change.before, change.after, change.written])).toEqual([['a.md', 'Thanks!!!\n', 'Thanks!\n', false]]);
    expect(fs.readFileSync(path.join(dir, 'a.md'), 'utf8')).toBe('Thanks!!!\n');
    const written = await runEngine(['.'], { cwd: dir, concurrency: 'off', env: { HOME: dir }, fix: { type: 'safe', write: true } });
    expect(written.changes.map((change) => change.written)).toEqual([true]);
    expect(fs.readFileSync(path.join(dir, 'a.md'), 'utf8')).toBe('Thanks!\n');
    expect(written.rulesMeta['no-shouting']).toBeDefined();
  });

  test('onPlan hears how many files the run will read, before the first result', async () => {
    const dir = folderWith({ 'a.md': 'Hi.\n', 'b.md': 'Hello.\n', 'sub/c.txt': 'Hey.\n', 'skip.png': 'x' });
    const events: string[] = [];
    await runEngine(['.'], { cwd: dir, concurrency: 'off', env: { HOME: dir }, onPlan: (files) => void events.push(`plan ${files}`), onResult: () => void events.push('result') });
    expect(events).toEqual(['plan 3', 'result', 'result', 'result']);
  });

  test('the config search stops at the HOME of the given environment', async () => {
    const loud = JSON.stringify({ rules: { 'no-hollow-apology': 'error' } });
    const outer = folderWith({ '.empathyrc.json': loud, 'home/a.md': `${FORMULAIC}\n` });
    const home = path.join(outer, 'home');
    const [stopped, searched] = await Promise.all([
      lintFiles(['a.md'], { cwd: home, concurrency: 'off', env: { HOME: home } }),
      lintFiles(['a.md'], { cwd: home, concurrency: 'off', env: { HOME: outer } }),
    ]);
    const hollow = (results: LintResult[]) => results[0]!.messages.filter((message) => message.ruleId === 'no-hollow-apology').map((message) => message.severity);
    // Above HOME the outer config is not read: the recommended preset's level (warn) applies.
    expect(hollow(stopped)).toEqual([1]);
    expect(hollow(searched)).toEqual([2]);
  });
});
