// End-to-end: --fix, --fix-dry-run and --fix-type through the built binary, on files and on standard input.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { spawn } from 'node:child_process';
import { Project, expectOneLineError, otherUser } from './helpers.js';
import { demoFiles } from './demo-plugin.js';

const harsh = '# Update\n\nPlease reply ASAP about the synergy.\n';
const fixedSafe = '# Update\n\nPlease reply soon about the synergy.\n';

function entries(folder: string): string[] {
  return fs.readdirSync(folder).sort();
}

describe.concurrent('--fix', () => {
  test('applies safe fixes only, reports what remains, and a second run changes nothing', async () => {
    const p = new Project({ ...demoFiles(), 'update.md': harsh, 'kind.md': 'Thanks for your patience.\n' });
    const before = entries(p.dir);
    const kindStat = fs.statSync(p.path('kind.md'));

    const first = await p.json(['--fix']);
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    expect(p.read('update.md')).toBe(fixedSafe);
    // The report shows what remains: the suggestion-only finding.
    const update = first.results.find((result) => result.filePath === p.path('update.md'))!;
    expect(update.messages.map((message) => message.ruleId)).toEqual(['demo/no-synergy']);
    // A file without fixes is not rewritten, and no temporary file is left behind.
    const kindAfter = fs.statSync(p.path('kind.md'));
    expect([kindAfter.ino, kindAfter.mtimeMs]).toEqual([kindStat.ino, kindStat.mtimeMs]);
    expect(entries(p.dir)).toEqual(before);

    const updateStat = fs.statSync(p.path('update.md'));
    const second = await p.json(['--fix']);
    expect(second.code).toBe(0);
    expect(p.read('update.md')).toBe(fixedSafe);
    const again = fs.statSync(p.path('update.md'));
    expect([again.ino, again.mtimeMs]).toEqual([updateStat.ino, updateStat.mtimeMs]);
  });

  test('keeps the byte order mark, CRLF line breaks and the file mode', async () => {
    const original = '\uFEFFHello,\r\n\r\nPlease reply ASAP.\r\nThanks\r\n';
    const p = new Project({ ...demoFiles(), 'reply.txt': original, 'unix.txt': 'Reply ASAP.\nThanks\n' });
    fs.chmodSync(p.path('reply.txt'), 0o640);
    fs.chmodSync(p.path('unix.txt'), 0o755);
    const result = await p.run(['--fix']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(fs.readFileSync(p.path('reply.txt'))).toEqual(Buffer.from('\uFEFFHello,\r\n\r\nPlease reply soon.\r\nThanks\r\n', 'utf8'));
    expect(fs.statSync(p.path('reply.txt')).mode & 0o777).toBe(0o640);
    expect(p.read('unix.txt')).toBe('Reply soon.\nThanks\n');
    expect(fs.statSync(p.path('unix.txt')).mode & 0o777).toBe(0o755);
  });

  test('overlapping fixes are resolved over several passes, and the result is stable', async () => {
    const p = new Project({ ...demoFiles({ 'demo/no-demand': 'warn' }), 'note.md': 'Reply ASAP, please.\n' });
    const first = await p.run(['--fix']);
    expect(first.code, first.stderr).toBe(0);
    // "Reply ASAP" (starting first) wins the first pass; re-linting finds no "ASAP" left.
    expect(p.read('note.md')).toBe('Reply when you can, please.\n');
    await p.run(['--fix']);
    expect(p.read('note.md')).toBe('Reply when you can, please.\n');
  });

  test('--fix-type suggestion applies each finding’s first suggestion too', async () => {
    const p = new Project({ ...demoFiles(), 'update.md': harsh });
    const result = await p.json(['--fix', '--fix-type', 'suggestion']);
    expect(result.code).toBe(0);
    expect(p.read('update.md')).toBe('# Update\n\nPlease reply soon about the teamwork.\n');
    expect(result.results[0]!.messages).toEqual([]);
  });

  test('a rule\'s `fix: "suggestion"` option opts that rule alone into suggestion fixes; a bad value names the key', async () => {
    const p = new Project({ ...demoFiles({ 'demo/no-synergy': ['warn', { fix: 'suggestion' }] }), 'update.md': harsh, 'other.md': 'Our synergy and ASAP.\n' });
    // Cached without fixing first: the cached findings must not stand in for the fixing run.
    await p.run(['--cache', '.']);
    const dry = await p.run(['--fix-dry-run', 'update.md']);
    expect(dry.stdout).toContain('+Please reply soon about the teamwork.');
    expect(p.read('update.md')).toBe(harsh);
    const result = await p.json(['--fix', '--cache', '.']);
    expect(result.code).toBe(0);
    expect(p.read('update.md')).toBe('# Update\n\nPlease reply soon about the teamwork.\n');
    expect(p.read('other.md')).toBe('Our teamwork and soon.\n');
    expect(result.results.flatMap((file) => file.messages)).toEqual([]);

    // With `fix: "safe"` (the default), the suggestion stays a suggestion.
    const plain = new Project({ ...demoFiles({ 'demo/no-synergy': ['warn', { fix: 'safe' }] }), 'update.md': harsh });
    await plain.run(['--fix']);
    expect(plain.read('update.md')).toBe(fixedSafe);

    const bad = new Project({ ...demoFiles({ 'demo/no-synergy': ['warn', { fix: 'always' }] }), 'update.md': harsh });
    expectOneLineError(await bad.run(['--fix']), /\.empathyrc\.json.*"fix" must be "safe" or "suggestion", not "always"/);
  });

  test('a file that changes on disk while it is linted is not overwritten, and the run says so (exit 2)', async () => {
    const p = new Project({ ...demoFiles({}, { touch: true }), 'update.md': harsh });
    const result = await p.run(['--fix']);
    expectOneLineError(
      { ...result, stdout: '' },
      `update.md: changed on disk while it was being linted, so its fixes were not saved; run empathy-lint --fix again`,
    );
    const content = p.read('update.md');
    expect(content.startsWith(harsh)).toBe(true);
    expect(content).toContain('Saved meanwhile.');
    expect(entries(p.dir).filter((name) => name.includes('tmp'))).toEqual([]);
  });
});

describe.concurrent('--fix keeps the file: owner, group, mode, links; or says why it did not write', () => {
  test('hard links stay one file: every name sees the fix, the inode and link count are kept', async () => {
    const p = new Project({ ...demoFiles(), 'update.md': harsh });
    fs.linkSync(p.path('update.md'), p.path('elsewhere.txt'));
    const before = fs.statSync(p.path('update.md'));
    const run = await p.run(['--fix', 'update.md']);
    expect([run.code, run.stderr]).toEqual([0, '']);
    const after = fs.statSync(p.path('update.md'));
    expect([after.ino, after.nlink]).toEqual([before.ino, 2]);
    expect(p.read('elsewhere.txt')).toBe(fixedSafe);
  });

  test('a read-only file is not rewritten; the other files are fixed and the report is printed (exit 2)', async () => {
    const p = new Project({ ...demoFiles(), 'a.md': harsh, 'locked.md': harsh, 'z.md': harsh });
    fs.chmodSync(p.path('locked.md'), 0o444);
    const run = await p.run(['--fix', 'a.md', 'locked.md', 'z.md']);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('empathy-lint: locked.md: is read-only, so its fixes were not saved; make it writable to have them saved\n');
    expect([p.read('a.md'), p.read('locked.md'), p.read('z.md')]).toEqual([fixedSafe, harsh, fixedSafe]);
    expect(fs.statSync(p.path('locked.md')).mode & 0o777).toBe(0o444);
    // The report of the others: what remains in a.md and z.md.
    expect(run.stdout).toMatch(/a\.md[\s\S]*demo\/no-synergy[\s\S]*z\.md[\s\S]*demo\/no-synergy/);
    expect(entries(p.dir).filter((name) => name.includes('tmp'))).toEqual([]);
  });

  test('as root, a file of another user keeps its owner, group and mode (0640)', async ({ skip }) => {
    const user = otherUser();
    if (typeof user === 'string') return skip(user);
    if (process.getuid?.() !== 0) return skip('only root can give a file to another user');
    const p = new Project({ ...demoFiles(), 'update.md': harsh });
    fs.chownSync(p.path('update.md'), user.uid, user.gid);
    fs.chmodSync(p.path('update.md'), 0o640);
    const run = await p.run(['--fix', 'update.md']);
    expect([run.code, run.stderr]).toEqual([0, '']);
    const after = fs.statSync(p.path('update.md'));
    expect([after.uid, after.gid, after.mode & 0o7777]).toEqual([user.uid, user.gid, 0o640]);
    expect(p.read('update.md')).toBe(fixedSafe);
  });

  test('as an unprivileged user: a file it cannot write is that file\'s error; one in a folder it cannot write is written in place', async ({ skip }) => {
    const user = otherUser();
    if (typeof user === 'string') return skip(user);
    const p = new Project({ ...demoFiles(), 'theirs/update.md': harsh, 'shared/mine.md': harsh, 'own/update.md': harsh });
    for (const folder of ['theirs', 'shared']) fs.chmodSync(p.path(folder), 0o755);
    fs.chownSync(p.path('shared/mine.md'), user.uid, user.gid);
    fs.chownSync(p.path('own'), user.uid, user.gid);
    fs.chownSync(p.path('own/update.md'), user.uid, user.gid);
    const run = await p.spawnAs(user, ['--fix', 'theirs/update.md', 'shared/mine.md', 'own/update.md']);
    expect(run.stderr).toBe('empathy-lint: theirs/update.md: cannot be written by this user (permission denied), so its fixes were not saved\n');
    expect(run.code).toBe(2);
    expect([p.read('theirs/update.md'), p.read('shared/mine.md'), p.read('own/update.md')]).toEqual([harsh, fixedSafe, fixedSafe]);
    expect(run.stdout).toContain('demo/no-synergy');
    for (const folder of ['theirs', 'shared', 'own']) expect(entries(p.path(folder)).filter((name) => name.includes('tmp')), folder).toEqual([]);
  });

  test('a file another program is still writing is not fixed, and none of its bytes are lost', async () => {
    const p = new Project({ ...demoFiles(), 'warm.md': harsh });
    // Loaded once, so that the run below lints in well under the writer's pause.
    await p.run(['warm.md']);
    const target = p.path('growing.md');
    const writer = spawn(
      process.execPath,
      ['-e', `const fs = require('fs'); const fd = fs.openSync(${JSON.stringify(target)}, 'w'); fs.writeSync(fd, ${JSON.stringify(harsh)}); setTimeout(() => { fs.writeSync(fd, 'The rest of the copy, written later.\\n'); fs.closeSync(fd); }, 350);`],
      { stdio: 'ignore' },
    );
    const exited = new Promise((resolve) => writer.on('exit', resolve));
    while (!fs.existsSync(target) || fs.statSync(target).size < harsh.length) await new Promise((resolve) => setTimeout(resolve, 5));
    const run = await p.run(['--fix', 'growing.md']);
    await exited;
    const rest = 'The rest of the copy, written later.\n';
    // On a slow machine the run may only read the file once it is complete, and then fixing it is right; what
    // must never happen is the fixed first part replacing the file while the rest goes to the old one.
    if (run.code === 0) {
      expect(p.read('growing.md')).toBe(`${fixedSafe}${rest}`);
    } else {
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(/^empathy-lint: growing\.md: (?:is still being written by another program|changed on disk while it was being linted)[^\n]*\n$/);
      expect(p.read('growing.md')).toBe(`${harsh}${rest}`);
    }
  });
});

describe.concurrent('--fix-dry-run', () => {
  test('prints a unified diff, changes nothing, and exits 1 when something would change', async () => {
    const p = new Project({ ...demoFiles(), 'docs/update.md': harsh, 'kind.md': 'Thanks.\n' });
    const stat = fs.statSync(p.path('docs/update.md'));
    const result = await p.run(['--fix-dry-run']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(1);
    expect(result.stdout).toBe(
      [
        '--- a/docs/update.md',
        '+++ b/docs/update.md',
        '@@ -1,3 +1,3 @@',
        ' # Update',
        ' ',
        '-Please reply ASAP about the synergy.',
        '+Please reply soon about the synergy.',
        '',
      ].join('\n'),
    );
    expect(p.read('docs/update.md')).toBe(harsh);
    expect(fs.statSync(p.path('docs/update.md')).mtimeMs).toBe(stat.mtimeMs);

    const suggestion = await p.run(['--fix-dry-run', '--fix-type', 'suggestion', 'docs']);
    expect(suggestion.stdout).toContain('+Please reply soon about the teamwork.');

    const clean = await p.run(['--fix-dry-run', 'kind.md']);
    expect([clean.code, clean.stdout, clean.stderr]).toEqual([0, '', '']);
  });

  test('the diff applies with git apply / patch -p1 semantics: paths are a/ and b/ relative to the working folder', async () => {
    const p = new Project({ ...demoFiles(), 'a b/copy.txt': 'Reply ASAP.\n' });
    const result = await p.run(['--fix-dry-run']);
    expect(result.stdout.split('\n').slice(0, 2)).toEqual(['--- a/a b/copy.txt', '+++ b/a b/copy.txt']);
  });

  test('with --stdin it prints the whole fixed text; --fix with --stdin is a usage error', async () => {
    const p = new Project(demoFiles());
    const fixed = await p.run(['--stdin', '--stdin-filename', 'note.md', '--fix-dry-run'], { input: harsh });
    expect(fixed.stderr).toBe('');
    expect(fixed.stdout).toBe(fixedSafe);
    expect(fixed.code).toBe(1);
    const unchanged = await p.run(['--stdin', '--fix-dry-run'], { input: 'All good here.\n' });
    expect([unchanged.code, unchanged.stdout]).toEqual([0, 'All good here.\n']);
    expectOneLineError(await p.run(['--stdin', '--fix'], { input: harsh }), '--fix cannot write to standard input; use --fix-dry-run to print the fixed text');
  });

  test('flag combinations that make no sense are usage errors', async () => {
    const p = new Project({ ...demoFiles(), 'a.md': harsh });
    expectOneLineError(await p.run(['--fix', '--fix-dry-run']), 'give either --fix or --fix-dry-run, not both');
    expectOneLineError(await p.run(['--fix-type', 'suggestion']), '--fix-type goes with --fix or --fix-dry-run');
    expectOneLineError(await p.run(['--fix', '--fix-type', 'all']), /--fix-type.*all/);
    expectOneLineError(await p.run(['--fix', '--changed-since', 'HEAD']), '--fix works on whole files, so it cannot be combined with --changed-since');
    expect(p.read('a.md')).toBe(harsh);
    expect(path.basename(p.dir)).toMatch(/^empathy-cli-/);
  });
});
