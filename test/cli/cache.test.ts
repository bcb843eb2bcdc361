// End-to-end: --cache and --cache-location: unchanged files are not linted again, and the cache file is safe.
import fs from 'node:fs';
import { describe, expect, test } from 'vitest';
import { CONDITIONAL, FORMULAIC, HOLLOW, type JsonResult, Project, expectOneLineError, onlyHollow, otherUser } from './helpers.js';
import { demoFiles } from './demo-plugin.js';

/** Run with a trace file, and return which files the demo plugin saw (that is, which were really linted). */
async function traced(p: Project, args: string[]) {
  const trace = p.path('trace.log');
  // An empty trace.log beside the demo plugin switches its tracing on.
  fs.writeFileSync(trace, '');
  const result = await p.json(args);
  const linted = fs.readFileSync(trace, 'utf8').split('\n').filter(Boolean).map((file) => file.slice(p.dir.length + 1)).sort();
  return { ...result, linted };
}

/** Two files with an error each, under the built-in rules. */
const hollow = { '.empathyrc.json': { rules: onlyHollow('error') }, 'a.md': `${FORMULAIC}\n`, 'b.md': `${CONDITIONAL}\n` };

const files = { 'a.md': 'Reply ASAP.\n', 'b.md': 'Our synergy helps.\n', 'c.md': 'Thanks for waiting.\n' };

describe.concurrent('--cache', () => {
  test('a second run lints nothing and reports the same; a changed file or config is linted again', async () => {
    const p = new Project({ ...demoFiles(), ...files, '.gitignore': 'trace.log\n' });
    const first = await traced(p, ['--cache', '.']);
    expect(first.linted).toEqual(['a.md', 'b.md', 'c.md']);
    expect(first.code).toBe(1);
    expect(fs.existsSync(p.path('.empathy-cache'))).toBe(true);

    const second = await traced(p, ['--cache', '.']);
    expect(second.stderr).toBe('');
    expect(second.linted).toEqual([]);
    expect(second.code).toBe(1);
    expect(second.results).toEqual(first.results);

    p.write({ 'b.md': 'Our synergy helps you.\n' });
    const edited = await traced(p, ['--cache', '.']);
    expect(edited.linted).toEqual(['b.md']);

    // A new rule level is a new resolved configuration for every file.
    const stricter = await traced(p, ['--cache', '--rule', 'demo/no-synergy:error', '.']);
    expect(stricter.linted).toEqual(['a.md', 'b.md', 'c.md']);
    expect(stricter.results.find((result) => result.filePath.endsWith('b.md'))!.errorCount).toBe(1);
    // No temporary files next to the cache.
    expect(fs.readdirSync(p.dir).filter((name) => name.includes('.tmp'))).toEqual([]);
  });

  test('--cache-location takes a file or a folder; a corrupt cache is ignored with one warning and rebuilt', async () => {
    const p = new Project({ ...demoFiles(), ...files, '.gitignore': 'trace.log\n', 'tmp/.keep': '' });
    await traced(p, ['--cache', '--cache-location', 'tmp/', '.']);
    expect(fs.existsSync(p.path('tmp/.empathy-cache'))).toBe(true);
    await traced(p, ['--cache', '--cache-location', 'cache/lint.json', '.']);
    expect(JSON.parse(p.read('cache/lint.json'))).toMatchObject({ format: 1, linterVersion: expect.any(String) });

    p.write({ 'cache/lint.json': '{"format": 1, "linterVers' });
    const corrupt = await traced(p, ['--cache', '--cache-location', 'cache/lint.json', '.']);
    expect(corrupt.stderr).toBe(`empathy-lint: warning: the cache file ${p.path('cache/lint.json')} is not valid JSON, so it was ignored and will be rebuilt\n`);
    expect(corrupt.linted).toEqual(['a.md', 'b.md', 'c.md']);
    expect(corrupt.code).toBe(1);
    const rebuilt = await traced(p, ['--cache', '--cache-location', 'cache/lint.json', '.']);
    expect([rebuilt.stderr, rebuilt.linted]).toEqual(['', []]);

    p.write({ 'cache/lint.json': '[1, 2, 3]' });
    const wrongShape = await traced(p, ['--cache', '--cache-location', 'cache/lint.json', '.']);
    expect(wrongShape.stderr).toMatch(/^empathy-lint: warning: the file .* is not an empathy-lint cache, so it was left alone; linting every file, and no cache is kept this run \(delete the file or choose another --cache-location\)\n$/);
    expect(p.read('cache/lint.json')).toBe('[1, 2, 3]');
  });

  test('--cache-location replaces only a file that is an empathy-lint cache: never a foreign file, a device or a folder', async () => {
    const notes = 'Shopping list\n- milk\n';
    const manifest = '{"name": "shop", "version": "1.0.0"}\n';
    const p = new Project({ ...hollow, 'notes.txt': notes, 'package.json': manifest, 'dir/.empathy-cache/keep': '', 'plain.txt': 'x' });
    fs.symlinkSync('/dev/null', p.path('null-link'));
    const device = fs.statSync('/dev/null');
    const runs = [];
    for (const location of ['notes.txt', 'package.json', 'null-link', 'dir/', 'plain.txt/cache.json']) {
      runs.push({ location, run: await p.json(['--cache', '--cache-location', location, 'a.md', 'b.md']) });
    }
    for (const { location, run } of runs) {
      // One warning, and the report as usual: findings and the rules' exit code.
      expect(run.stderr.split('\n').filter(Boolean), location).toHaveLength(1);
      expect(run.code, location).toBe(1);
      expect(run.results.map((result) => result.messages.map((message) => message.ruleId))).toEqual([[HOLLOW], [HOLLOW]]);
    }
    expect(runs[0]!.run.stderr).toContain(`the file ${p.path('notes.txt')} is not an empathy-lint cache, so it was left alone`);
    expect(runs[2]!.run.stderr).toBe(
      `empathy-lint: warning: the cache location ${p.path('null-link')} is not a regular file (a device), so it was left alone; linting every file, and no cache is kept this run\n`,
    );
    expect(runs[3]!.run.stderr).toContain('is not a regular file (a folder), so it was left alone');
    expect(runs[4]!.run.stderr).toBe(`empathy-lint: warning: cannot use the cache file ${p.path('plain.txt/cache.json')} (ENOTDIR); linting every file, and no cache is kept this run\n`);
    expect([p.read('notes.txt'), p.read('package.json'), p.read('plain.txt')]).toEqual([notes, manifest, 'x']);
    expect(fs.readlinkSync(p.path('null-link'))).toBe('/dev/null');
    const after = fs.statSync('/dev/null');
    expect([after.isCharacterDevice(), after.rdev, after.ino]).toEqual([true, device.rdev, device.ino]);
    expect(fs.readdirSync(p.path('dir/.empathy-cache'))).toEqual(['keep']);
  });

  test('a cache that cannot be written costs one warning, not the report (as an unprivileged user)', async ({ skip }) => {
    const user = otherUser();
    if (typeof user === 'string') return skip(user);
    const p = new Project({ ...hollow, 'locked/.keep': '' });
    fs.chmodSync(p.path('locked'), 0o755);
    const run = await p.spawnAs(user, ['-f', 'json', '--cache', '--cache-location', 'locked/cache.json', 'a.md', 'b.md']);
    expect(run.stderr).toBe(`empathy-lint: warning: cannot write the cache file ${p.path('locked/cache.json')} (EACCES: permission denied); the results were not cached\n`);
    expect(run.code).toBe(1);
    expect((JSON.parse(run.stdout) as JsonResult[]).map((result) => result.messages.map((message) => message.ruleId))).toEqual([[HOLLOW], [HOLLOW]]);
    expect(fs.readdirSync(p.path('locked'))).toEqual(['.keep']);
  });

  test('cache entries of the wrong shape are dropped and their files linted again; cached text is printed clean', async () => {
    const p = new Project({ ...demoFiles(), ...files, '.gitignore': 'trace.log\n' });
    const first = await traced(p, ['--cache', '.']);
    expect(first.code).toBe(1);
    const cache = JSON.parse(p.read('.empathy-cache')) as { entries: Record<string, { result: Record<string, unknown> & { messages: Record<string, unknown>[] } }> };
    // a.md has an error: without its errorCount the run used to say "NaN problems" and exit 0.
    delete cache.entries['a.md']!.result['errorCount'];
    cache.entries['b.md']!.result.messages = [null as unknown as Record<string, unknown>];
    cache.entries['c.md']!.result.messages = [{ ...first.results[1]!.messages[0]!, severity: 1, message: 'Cached\u001b]0;pwned\u0007\u001b[2J text.' }];
    cache.entries['c.md']!.result['warningCount'] = 1;
    p.write({ '.empathy-cache': JSON.stringify(cache) });
    const second = await traced(p, ['--cache', '.']);
    expect(second.stderr).toBe('');
    expect(second.linted).toEqual(['a.md', 'b.md']);
    expect(second.code).toBe(1);
    expect(second.results.slice(0, 2)).toEqual(first.results.slice(0, 2));
    const stylish = await p.run(['--cache', '.']);
    expect(stylish.stdout).toContain('Cached text.');
    // eslint-disable-next-line no-control-regex
    expect(stylish.stdout).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);
    expect(stylish.stdout).toMatch(/✖ 3 problems \(1 error, 2 warnings\)/);
  });

  test('--fix with --cache still fixes a file whose cached result has fixes, and caches the fixed content', async () => {
    const p = new Project({ ...demoFiles(), ...files, '.gitignore': 'trace.log\n' });
    await traced(p, ['--cache', '.']);
    const fixing = await traced(p, ['--cache', '--fix', '.']);
    expect(fixing.linted).toEqual(['a.md', 'a.md']);
    expect(p.read('a.md')).toBe('Reply soon.\n');
    const after = await traced(p, ['--cache', '.']);
    expect(after.linted).toEqual([]);
    expect(after.results.find((result) => result.filePath.endsWith('a.md'))!.messages).toEqual([]);
  });

  test('editing a plugin\'s helper module (not only its rules) makes files be linted again', async () => {
    const plugin = `import { words } from './lib/words.js';
export default { name: 'house', rules: { banned: {
  meta: { id: 'banned', description: 'Banned words.', level: 'warn', messages: { found: '“{word}” is on our list.' } },
  create: (context) => ({ sentence(sentence) {
    for (const word of words) {
      const at = sentence.text.indexOf(word);
      if (at >= 0) context.report({ sentence, start: at, end: at + word.length, messageId: 'found', data: { word } });
    }
  } }),
} } };
`;
    const p = new Project({
      'plugins/house.js': plugin,
      'plugins/lib/words.js': "export { words } from './list.js';\n",
      'plugins/lib/list.js': "export const words = ['synergy'];\n",
      '.empathyrc.json': { plugins: ['./plugins/house.js'], rules: { 'house/banned': 'warn' } },
      'note.md': 'Our synergy helps, and so does our leverage.\n',
    });
    // Spawned: a process imports a module once, so only a new process can see the edited helper.
    const first = await p.json(['--cache', 'note.md'], { spawn: true });
    expect(first.results[0]!.messages.filter((message) => message.ruleId === 'house/banned').map((message) => message.message)).toEqual(['“synergy” is on our list.']);
    // A module two imports away from the plugin's entry changes; the entry and the rule do not.
    p.write({ 'plugins/lib/list.js': "export const words = ['synergy', 'leverage'];\n" });
    const second = await p.json(['--cache', 'note.md'], { spawn: true });
    expect(second.results[0]!.messages.filter((message) => message.ruleId === 'house/banned').map((message) => message.message)).toEqual([
      '“synergy” is on our list.',
      '“leverage” is on our list.',
    ]);
  });

  test('--cache-location without --cache, and --cache with --stdin, are usage errors', async () => {
    const p = new Project(files);
    expectOneLineError(await p.run(['--cache-location', 'x']), '--cache-location goes with --cache');
    expectOneLineError(await p.run(['--stdin', '--cache']), '--cache works on files, not on --stdin');
  });
});
