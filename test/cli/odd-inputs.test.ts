// End-to-end: inputs that are not plain UTF-8 files (UTF-16, pipes, devices, link loops, oversized files) get a
// message that says exactly what they are, and a glob through a symbolic link loop lints each file once.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { describe, expect, test } from 'vitest';
import { FORMULAIC, HOLLOW, Project, expectOneLineError, onlyHollow } from './helpers.js';
import { readCopy } from '../../src/engine/files.js';

function project(files: Record<string, string | Buffer | object> = {}): Project {
  return new Project(files).write({ '.empathyrc.json': { rules: onlyHollow('warn') } });
}

const utf16 = 'is UTF-16 text, which is not supported, so it was skipped; save it as UTF-8 and run again';

describe.concurrent('odd inputs', () => {
  test('UTF-16, with or without a byte order mark, is named as UTF-16, not as binary', async () => {
    const text = `${FORMULAIC}\n`;
    const p = project({
      'le.txt': Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]),
      'be.txt': Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()]),
      'plain-le.txt': Buffer.from(text, 'utf16le'),
      'walk/inside.md': Buffer.from(text, 'utf16le'),
    });
    for (const name of ['le.txt', 'be.txt', 'plain-le.txt']) expectOneLineError(await p.run([name]), `${name}: ${utf16}`);
    // Found in a folder walk it is still copy that could not be read.
    expectOneLineError(await p.run(['walk']), `walk/inside.md: ${utf16}`);
    expectOneLineError(await p.run(['--stdin'], { input: Buffer.from(text, 'utf16le') }), /standard input is UTF-16 text, which is not supported; send it as UTF-8/);
  });

  test('a named pipe, a device and a symbolic link loop named on the command line say what they are, at once', async () => {
    const p = project({ 'ok.md': `${FORMULAIC}\n` });
    execFileSync('mkfifo', [p.path('pipe.md')]);
    fs.symlinkSync('loop-b.md', p.path('loop-a.md'));
    fs.symlinkSync('loop-a.md', p.path('loop-b.md'));
    const [pipe, device, loop] = await Promise.all([p.run(['pipe.md']), p.run(['/dev/zero']), p.run(['loop-a.md'])]);
    expectOneLineError(pipe, 'pipe.md: is a named pipe, not a file, so it was not read (to lint copy from a pipe, use --stdin)');
    expectOneLineError(device, '/dev/zero: is a device, not a file, so it was not read (to lint copy from a pipe, use --stdin)');
    expectOneLineError(loop, 'loop-a.md: is a symbolic link that leads back to itself (a loop), so there is no file to read');
    for (const run of [pipe, device, loop]) expect(run.ms).toBeLessThan(5000);
  });

  test('a glob passes over pipes and devices as a folder walk does; reading one by chance says what it is', async () => {
    const p = project({ 'a.md': `${FORMULAIC}\n` });
    execFileSync('mkfifo', [p.path('pipe.md')]);
    fs.symlinkSync('/dev/zero', p.path('zero.md'));
    const run = await p.json(['*.md']);
    expect(run.stderr).toBe('');
    expect(run.results.map((result) => result.filePath)).toEqual([p.path('a.md')]);
    expect(run.ms).toBeLessThan(5000);
    // A path that was a file when listed and is a pipe when read (readCopy opens without waiting for a writer).
    expect(await readCopy(p.path('pipe.md'))).toEqual({ kind: 'not-a-file', what: 'a named pipe' });
    expect(await readCopy(p.path('zero.md'))).toEqual({ kind: 'not-a-file', what: 'a device' });
  });

  test('a file over the size limit is told its real size, never the limit rounded', async () => {
    const limit = 5 * 1024 * 1024;
    const p = project({ 'just-over.txt': Buffer.alloc(limit + 1, 'a'), 'bigger.txt': Buffer.alloc(Math.round(5.2 * 1024 * 1024), 'a') });
    expectOneLineError(await p.run(['just-over.txt']), 'just-over.txt: is 5,242,881 bytes, over the 5,242,880-byte (5.0 MB) limit for copy, so it was skipped');
    expectOneLineError(await p.run(['bigger.txt']), 'bigger.txt: is 5.2 MB, over the 5.0 MB limit for copy, so it was skipped');
  });

  test('a glob through a symbolic link loop reports each file once, under its shortest name', async () => {
    const p = project({ 'docs/a/notice.md': `${FORMULAIC}\n`, 'docs/b.md': `${FORMULAIC}\n` });
    fs.symlinkSync('..', p.path('docs/a/up'));
    const run = await p.json(['docs/**/*.md']);
    expect(run.stderr).toBe('');
    expect(run.results.map((result) => [result.filePath, result.messages.map((message) => message.ruleId)])).toEqual([
      [p.path('docs/a/notice.md'), [HOLLOW]],
      [p.path('docs/b.md'), [HOLLOW]],
    ]);
  });
});
