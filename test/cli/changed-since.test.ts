// End-to-end: --changed-since REF reports only findings on lines added or changed since a git ref.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { describe, expect, test } from 'vitest';
import { Project, expectOneLineError } from './helpers.js';
import { demoFiles } from './demo-plugin.js';

function git(p: Project | string, ...args: string[]): string {
  const cwd = typeof p === 'string' ? p : p.dir;
  return execFileSync('git', args, {
    cwd,
    encoding: 'utf8',
    env: { PATH: process.env['PATH'] ?? '', HOME: cwd, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.com', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.com' },
  });
}

function repository(files: Record<string, string | object>): Project {
  const p = new Project(files);
  git(p, 'init', '-q', '-b', 'main');
  git(p, 'add', '-A');
  git(p, 'commit', '-q', '-m', 'old copy');
  return p;
}

const oldCopy = '# Notes\n\nReply ASAP about the synergy.\n\nThanks.\n';

describe.concurrent('--changed-since', () => {
  test('only findings on added or changed lines count; untracked files count as new; unchanged files are clean', async () => {
    const p = repository({ ...demoFiles(), 'old.md': oldCopy, 'same.md': 'Reply ASAP.\n' });
    // Change one line and add another; leave the old finding on line 3 alone.
    p.write({ 'old.md': '# Notes\n\nReply ASAP about the synergy.\n\nThanks, and reply ASAP.\nMore synergy.\n', 'new.md': 'Reply ASAP.\n' });
    const { code, stderr, results } = await p.json(['--changed-since', 'HEAD']);
    expect(stderr).toBe('');
    expect(code).toBe(1);
    const found = Object.fromEntries(results.map((result) => [result.filePath.slice(p.dir.length + 1), result.messages.map((message) => [message.ruleId, message.line])]));
    expect(found).toEqual({
      'new.md': [['demo/no-asap', 1]],
      'old.md': [
        ['demo/no-asap', 5],
        ['demo/no-synergy', 6],
      ],
      'same.md': [],
    });
    const old = results.find((result) => result.filePath.endsWith('old.md'))!;
    expect([old.errorCount, old.warningCount]).toEqual([1, 1]);

    // Against the working tree as committed, nothing is new: exit 0 even though old copy has findings.
    git(p, 'add', '-A');
    git(p, 'commit', '-q', '-m', 'new copy');
    const clean = await p.json(['--changed-since', 'HEAD']);
    expect(clean.code).toBe(0);
    expect(clean.results.flatMap((result) => result.messages)).toEqual([]);
    // A branch name or HEAD~N works as the ref.
    const sinceFirst = await p.json(['--changed-since', 'HEAD~1']);
    expect(sinceFirst.results.flatMap((result) => result.messages.map((message) => message.line))).toEqual([1, 5, 6]);
  });

  test('a missing ref is one line with exit 2; in a shallow clone it says how to fetch the history', async () => {
    const p = repository({ ...demoFiles(), 'a.md': 'Reply ASAP.\n' });
    p.write({ 'a.md': 'Reply ASAP.\nMore.\n' });
    git(p, 'commit', '-q', '-am', 'second');
    expectOneLineError(
      await p.run(['--changed-since', 'no-such-branch']),
      'cannot find "no-such-branch" for --changed-since: no branch, tag or commit has that name here (for a remote branch, run git fetch and use origin/NAME)',
    );
    expectOneLineError(await p.run(['--changed-since', '--upload-pack=x']), /--changed-since/);

    const shallow = new Project();
    fs.rmSync(shallow.dir, { recursive: true });
    git(p, 'clone', '-q', '--depth', '1', `file://${p.dir}`, shallow.dir);
    const result = await shallow.run(['--changed-since', 'HEAD~1']);
    expectOneLineError(result, /^empathy-lint: cannot find "HEAD~1" for --changed-since: this is a shallow clone .*fetch-depth: 0/);
    expect(result.stderr).toContain('git fetch --depth=');
  });

  test('git runs with the environment the CLI was given, not the test process\'s', async () => {
    const p = repository({ ...demoFiles(), 'old.md': oldCopy });
    // GIT_DIR reaches git only through the io's environment: pointing it nowhere makes the repository vanish.
    const [elsewhere, here] = await Promise.all([
      p.run(['--changed-since', 'main'], { env: { GIT_DIR: p.path('no-such-git-folder') } }),
      p.run(['--changed-since', 'main']),
    ]);
    expectOneLineError(elsewhere, `--changed-since needs a git repository, and ${p.dir} is not inside one`);
    expect([here.code, here.stderr]).toEqual([0, '']);
  });

  test('outside a git repository it is one line with exit 2', async () => {
    const p = new Project({ 'a.md': 'Hello.\n' });
    expectOneLineError(await p.run(['--changed-since', 'main'], { env: { GIT_CEILING_DIRECTORIES: p.dir.split('/').slice(0, -1).join('/') } }), `--changed-since needs a git repository, and ${p.dir} is not inside one`);
  });
});
