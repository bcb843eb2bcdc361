// The built binary, spawned: what only a real process shows. The bundle in dist/cli/ (with its lazily loaded
// chunks) gives the same reports as the sources that the in-process tests run, standard input is a real pipe,
// and the exit code of a crash or a missing build is set on the process. Everything else about the CLI is
// tested in-process through run(argv, io).
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { FORMULAIC, HOLLOW, Project, bin, expectOneLineError, onlyHollow, repoRoot, runBin } from './helpers.js';

const formatsFolder = path.join(repoRoot, 'test', 'fixtures', 'formats');

/** A project with one file of every syntax (the format fixtures) and a Markdown and text file of our own. */
function everySyntax(): Project {
  const files: Record<string, string> = {};
  for (const name of fs.readdirSync(formatsFolder).filter((file) => file !== 'expected.json')) {
    files[name] = fs.readFileSync(path.join(formatsFolder, name), 'utf8');
  }
  return new Project({
    ...files,
    '.empathyrc.json': { catalogs: ['en.json', 'en.yaml'] },
    'notice.md': `# Your order\n\n${FORMULAIC}\n\nSorry if you felt misled. Reply ASAP or your account will be closed.\n`,
    'notice.txt': `${FORMULAIC}\nYou failed to enter the right code.\n`,
  });
}

describe.concurrent('the built binary', () => {
  test('gives the same reports, exit code and stderr as the sources, byte for byte, for every syntax and format', async () => {
    const p = everySyntax();
    for (const args of [['-f', 'json', '.'], ['.'], ['-f', 'sarif', '.'], ['-f', 'github', '.']]) {
      const [spawned, inProcess] = await Promise.all([p.spawn(args), p.run(args)]);
      expect(spawned.stdout.length, args.join(' ')).toBeGreaterThan(100);
      expect({ code: spawned.code, stdout: spawned.stdout, stderr: spawned.stderr }, args.join(' ')).toEqual({
        code: inProcess.code,
        stdout: inProcess.stdout,
        stderr: inProcess.stderr,
      });
    }
    const version = (JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as { version: string }).version;
    expect(await p.spawn(['--version'])).toMatchObject({ code: 0, stdout: `${version}\n`, stderr: '' });
  });

  test('reads --stdin from a real pipe (the stream path of the I/O seam), non-ASCII copy included', async () => {
    const p = new Project({ '.empathyrc.json': { rules: onlyHollow('warn') } });
    const input = Buffer.from(`Café news.\n${FORMULAIC}\n`);
    const [spawned, inProcess] = await Promise.all([
      p.spawn(['--stdin', '--stdin-filename', 'news.md', '-f', 'json'], { input }),
      p.run(['--stdin', '--stdin-filename', 'news.md', '-f', 'json'], { input }),
    ]);
    expect(spawned.code).toBe(0);
    expect(spawned.stdout).toBe(inProcess.stdout);
    const messages = (JSON.parse(spawned.stdout) as { messages: { ruleId: string; line: number; column: number }[] }[])[0]!.messages;
    expect(messages.map((message) => [message.ruleId, message.line, message.column])).toEqual([[HOLLOW, 2, 14]]);
  });

  test('a crashing rule or a bad flag sets exit code 2 on the process, with one line and no stack', async () => {
    const p = new Project({
      'crash.mjs': `export default { rules: { boom: { meta: { id: 'boom', description: 'Crashes.', level: 'error', messages: { x: 'x' } }, create() { return { sentence() { throw new Error('kaboom'); } }; } } } };\n`,
      '.empathyrc.json': { plugins: ['./crash.mjs'], rules: onlyHollow('off') },
      'a.md': 'Hello there.\n',
    });
    const [crash, flag] = await Promise.all([p.spawn(['a.md']), p.spawn(['--no-such-flag'])]);
    expectOneLineError(crash, 'a.md: rule "crash/boom" crashed: kaboom (run with --debug for details)');
    expectOneLineError(flag, /^empathy-lint: unknown option '--no-such-flag'/);
  });

  test('without the build, it says how to make it (exit 2, one line)', async () => {
    const p = new Project({ 'bin/empathy-lint.js': fs.readFileSync(bin, 'utf8'), 'a.md': 'Hello.\n' });
    const result = await runBin(['a.md'], { script: p.path('bin/empathy-lint.js'), home: p.dir, cwd: p.dir });
    expectOneLineError(result, 'the build is missing; run `npm run build` first');
  });

  test('a reader that closes the pipe early (| head) ends the run quietly with status 141, no stack trace', async () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 400; i++) files[`copy-${i}.md`] = `${FORMULAIC} Reply ASAP or your account will be closed.\n`;
    const p = new Project(files);
    const child = spawn(process.execPath, [bin, '--concurrency', 'off', '.'], { cwd: p.dir, env: { ...process.env, HOME: p.dir, NO_COLOR: '1' } });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    // Read the first chunk, then close our end of the pipe as `head -1` would.
    await new Promise<void>((resolve) => child.stdout.once('data', () => resolve()));
    child.stdout.destroy();
    const code = await new Promise<number | null>((resolve) => child.on('close', (status) => resolve(status)));
    expect({ code, stderr }).toEqual({ code: 141, stderr: '' });
  });
});
