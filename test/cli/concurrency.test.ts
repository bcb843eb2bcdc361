// The built binary: worker threads give the same output as a serial run, plugins work in them, and errors stay one line;
// the progress line appears only on a terminal outside CI.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { Project, bin, expectOneLineError } from './helpers.js';
import { demoFiles, demoPlugin } from './demo-plugin.js';
import type { LintResult } from '../../src/types.js';

/** `count` files over a few folders, some with findings of the demo rules, some clean, one with CRLF. */
function manyFiles(count: number): Record<string, string> {
  const files: Record<string, string> = {};
  for (let index = 0; index < count; index++) {
    const name = `batch-${index % 4}/note-${String(index).padStart(3, '0')}.${index % 5 === 0 ? 'txt' : 'md'}`;
    const lines = [`# Note ${index}`, '', index % 3 === 0 ? 'Please reply ASAP.' : 'Thanks for waiting.', index % 7 === 0 ? 'Our synergy helps.' : 'We are here to help.'];
    files[name] = index === 11 ? lines.join('\r\n') + '\r\n' : lines.join('\n') + '\n';
  }
  return files;
}

describe.concurrent('--concurrency', () => {
  test('serial, auto and explicit thread counts give identical output, plugins included', async () => {
    const p = new Project({ ...demoFiles(), ...manyFiles(130) });
    const [off, auto, three] = await Promise.all([
      p.spawn(['-f', 'json', '--concurrency', 'off']),
      p.spawn(['-f', 'json']),
      p.spawn(['-f', 'json', '--concurrency', '3']),
    ]);
    expect(off.stderr).toBe('');
    expect(off.code).toBe(1);
    const results = JSON.parse(off.stdout) as { filePath: string; messages: { ruleId: string }[] }[];
    expect(results).toHaveLength(130);
    expect(results.flatMap((result) => result.messages.map((message) => message.ruleId))).toContain('demo/no-synergy');
    expect(auto.stdout).toBe(off.stdout);
    expect(three.stdout).toBe(off.stdout);
    expect([auto.code, three.code, auto.stderr, three.stderr]).toEqual([1, 1, '', '']);

    const stylishOff = await p.spawn(['--concurrency', 'off']);
    const stylishTwo = await p.spawn(['--concurrency', '2']);
    expect(stylishTwo.stdout).toBe(stylishOff.stdout);
  });

  test('--fix in worker threads writes the same files as a serial run', async () => {
    const files = { ...demoFiles(), ...manyFiles(110) };
    const serial = new Project(files);
    const parallel = new Project(files);
    const [a, b] = await Promise.all([serial.spawn(['--fix', '--concurrency', 'off']), parallel.spawn(['--fix', '--concurrency', '2'])]);
    expect([a.code, b.code, a.stderr, b.stderr]).toEqual([0, 0, '', '']);
    for (const name of Object.keys(manyFiles(110))) expect(parallel.read(name), name).toBe(serial.read(name));
    expect(serial.read('batch-0/note-000.txt')).toContain('Please reply soon.');
  });

  test('a rule that crashes in a worker is exit 2 with the same line naming the file as in a serial run, and the other files are reported', async () => {
    const crashing = demoPlugin.replace("trace: {", `crash: {
      meta: { id: 'crash', description: 'Crashes on one file.', level: 'warn', messages: {} },
      create(context) {
        if (context.filePath.endsWith('note-077.md')) throw new Error('the crash rule broke on purpose');
        return {};
      },
    },
    trace: {`);
    const p = new Project({ ...demoFiles({ 'demo/crash': 'warn' }), 'demo-plugin.mjs': crashing, ...manyFiles(120) });
    const [serial, parallel] = await Promise.all([p.spawn(['--concurrency', 'off', '-f', 'json']), p.spawn(['--concurrency', '2', '-f', 'json'])]);
    for (const run of [serial, parallel]) {
      expect(run.code).toBe(2);
      expect(run.stderr).toBe('empathy-lint: batch-1/note-077.md: rule "demo/crash" crashed: the crash rule broke on purpose (run with --debug for details)\n');
      const results = JSON.parse(run.stdout) as LintResult[];
      expect(results).toHaveLength(120);
      expect(results.filter((result) => result.fatal).map((result) => [path.basename(result.filePath), result.fatal])).toEqual([
        ['note-077.md', 'rule "demo/crash" crashed: the crash rule broke on purpose'],
      ]);
    }
    expect(parallel.stdout).toBe(serial.stdout);
  });

  test('--concurrency takes a number, auto or off', async () => {
    const p = new Project({ 'a.md': 'Hello.\n' });
    expectOneLineError(await p.run(['--concurrency', '0']), '--concurrency takes a number of threads, auto or off, not "0"');
    expectOneLineError(await p.run(['--concurrency', 'lots']), '--concurrency takes a number of threads, auto or off, not "lots"');
  });
});

describe('progress line', () => {
  // `script` gives the command a terminal; without it (or in CI) there is nothing to test here.
  const hasScript = spawnSync('script', ['--version']).status === 0;

  test.skipIf(!hasScript)('appears on a terminal for a long run and is erased; never with CI set or when piped', async () => {
    // With EMPATHY_LINT_PROGRESS_DELAY=0 the line appears from the first file, so forty files (linted by the
    // built-in rules, the recommended preset) are enough to show it and erase it.
    const p = new Project(manyFiles(40));
    const onTerminal = (env: Record<string, string>) => {
      const command = `${JSON.stringify(process.execPath)} ${JSON.stringify(bin)} --concurrency off -f json > report.json`;
      const result = spawnSync('script', ['-qec', command, '/dev/null'], { cwd: p.dir, env: { PATH: process.env['PATH'] ?? '', HOME: p.dir, TERM: 'xterm', EMPATHY_LINT_PROGRESS_DELAY: '0', ...env }, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
      return { code: result.status, screen: result.stdout, report: fs.readFileSync(p.path('report.json'), 'utf8') };
    };
    const shown = onTerminal({});
    expect(shown.code).not.toBe(2);
    expect(shown.screen).toMatch(/Linting \d+\/40 files \(\d+%\)…/);
    // The last thing written erases the line.
    expect(shown.screen.endsWith('\r\u001b[K')).toBe(true);
    expect(JSON.parse(shown.report)).toHaveLength(40);

    const ci = onTerminal({ CI: 'true' });
    expect(ci.screen).not.toContain('Linting');
    const piped = await p.spawn(['--concurrency', 'off', '-f', 'json']);
    expect(piped.stderr).toBe('');
  });
});
