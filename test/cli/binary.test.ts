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

describe('the compile cache', () => {
  /** A project whose runs keep their compile cache in a temporary folder of its own. */
  function cached(files: Record<string, string | object> = {}) {
    const p = new Project({ 'a.md': `${FORMULAIC}\n`, ...files });
    fs.mkdirSync(p.path('tmp'));
    const folder = p.path('tmp', `empathy-lint-compile-cache-${process.getuid!()}`);
    const caches = (): string[] => (fs.existsSync(folder) ? fs.readdirSync(folder).sort() : []);
    const spawnWith = (args: string[], env: Record<string, string> = {}) => p.spawn(args, { env: { TMPDIR: p.path('tmp'), ...env } });
    return { p, folder, caches, spawn: spawnWith };
  }

  test('a lint run keeps the compiled code in a private folder, and later runs start from it with the same reports', async () => {
    const { folder, caches, spawn: run } = cached();
    const first = await run(['-f', 'json', 'a.md']);
    expect(first.code).toBe(0);
    expect(caches()).toEqual([expect.stringMatching(new RegExp(`^[0-9a-f]{20}-${process.version.replace(/\./g, '\\.')}-${process.arch}\\.bin$`))]);
    const file = path.join(folder, caches()[0]!);
    expect(fs.statSync(folder).mode & 0o777).toBe(0o700);
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    expect(fs.statSync(file).size).toBeGreaterThan(100_000);
    const written = fs.statSync(file).mtimeMs;
    const second = await run(['-f', 'json', 'a.md']);
    expect(second).toMatchObject({ code: first.code, stdout: first.stdout, stderr: first.stderr });
    expect(JSON.parse(second.stdout)[0].messages.map((message: { ruleId: string }) => message.ruleId)).toContain(HOLLOW);
    // A cache the script accepted is not written again.
    expect(fs.statSync(file).mtimeMs).toBe(written);
  });

  test('with the cache in use, files named at run time still load: an ES module config, a plugin, a formatter', async () => {
    const { caches, spawn: run } = cached({
      'house.mjs': `export default { rules: { polite: { meta: { id: 'polite', description: 'Polite.', level: 'warn', messages: { m: 'Say please.' } }, create: (context) => ({ sentence(sentence) { if (/\\bnow\\b/.test(sentence.text)) context.report({ sentence, start: 0, end: 3, messageId: 'm' }); } }) } } };\n`,
      '.empathyrc.mjs': `export default { plugins: ['./house.mjs'], rules: { 'house/polite': 'warn' } };\n`,
      'count.mjs': `export default (results) => results.map((result) => result.messages.map((message) => message.ruleId).join(',')).join('\\n') + '\\n';\n`,
      'b.md': 'Reply now.\n',
    });
    const first = await run(['-f', './count.mjs', 'b.md']);
    expect(caches()).toHaveLength(1);
    const second = await run(['-f', './count.mjs', 'b.md']);
    expect(first).toMatchObject({ code: 0, stdout: 'house/polite\n', stderr: '' });
    expect(second).toMatchObject({ code: 0, stdout: 'house/polite\n', stderr: '' });
  });

  test('a run that lints nothing keeps no cache, and NODE_DISABLE_COMPILE_CACHE=1 turns it off', async () => {
    const { folder, caches, spawn: run } = cached();
    expect((await run(['--version'])).code).toBe(0);
    expect(caches()).toEqual([]);
    expect((await run(['a.md'], { NODE_DISABLE_COMPILE_CACHE: '1' })).code).toBe(0);
    expect(fs.existsSync(folder)).toBe(false);
    expect((await run(['a.md'])).code).toBe(0);
    expect(caches()).toHaveLength(1);
  });

  test('a damaged cache is replaced, and a folder other users could write is never used', async () => {
    const damaged = cached();
    const clean = await damaged.spawn(['-f', 'json', 'a.md']);
    const file = path.join(damaged.folder, damaged.caches()[0]!);
    fs.writeFileSync(file, 'not a code cache');
    expect(await damaged.spawn(['-f', 'json', 'a.md'])).toMatchObject({ code: clean.code, stdout: clean.stdout, stderr: '' });
    expect(fs.statSync(file).size).toBeGreaterThan(100_000);

    const shared = cached();
    fs.mkdirSync(shared.folder);
    fs.chmodSync(shared.folder, 0o777);
    const unshared = await shared.spawn(['-f', 'json', 'a.md']);
    expect(unshared).toMatchObject({ code: clean.code, stdout: clean.stdout.replace(damaged.p.dir, shared.p.dir), stderr: '' });
    expect(shared.caches()).toEqual([]);
  });

  test('only the newest four caches are kept', async () => {
    const { folder, caches, spawn: run } = cached();
    fs.mkdirSync(folder, { mode: 0o700 });
    for (let i = 0; i < 5; i++) {
      const old = path.join(folder, `${String(i).repeat(20)}-v0.0.${i}-x.bin`);
      fs.writeFileSync(old, 'old');
      fs.utimesSync(old, new Date(2020, 0, i + 1), new Date(2020, 0, i + 1));
    }
    expect((await run(['a.md'])).code).toBe(0);
    expect(caches()).toHaveLength(4);
    // The new one and the three newest old ones.
    expect(caches().filter((name) => name.includes(`-${process.version}-`))).toHaveLength(1);
    expect(caches().filter((name) => name.includes('-v0.0.')).map((name) => name.slice(-8))).toEqual(['.2-x.bin', '.3-x.bin', '.4-x.bin']);
  });
});
