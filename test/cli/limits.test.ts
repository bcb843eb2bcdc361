// Resource limits of the command line: standard input is read up to the size limit for copy, and no further.
import { Readable } from 'node:stream';
import { describe, expect, test } from 'vitest';
import { run } from '../../src/cli.js';
import { Project } from './helpers.js';

const limit = 5 * 1024 * 1024;

/** An endless standard input (as `< /dev/zero` is, but of copy): counts what was taken from it. */
function endless(): { stream: Readable; taken: () => number } {
  let taken = 0;
  const chunk = Buffer.alloc(64 * 1024, 'Thanks for waiting. ');
  const stream = new Readable({
    read() {
      taken += chunk.length;
      this.push(chunk);
    },
  });
  return { stream, taken: () => taken };
}

function collector() {
  let text = '';
  return { write: (chunk: string) => void (text += chunk), text: () => text };
}

describe('--stdin size limit', () => {
  test('endless standard input stops at the limit with one line naming it, exit 2', async () => {
    const p = new Project({});
    const input = endless();
    const stdout = collector();
    const stderr = collector();
    const code = await run(['--stdin', '--stdin-filename', 'news.md'], { cwd: p.dir, env: { HOME: p.dir, NO_COLOR: '1' }, stdout, stderr, stdin: input.stream });
    expect(code).toBe(2);
    expect(stdout.text()).toBe('');
    expect(stderr.text()).toBe('empathy-lint: news.md: standard input is over the 5 MiB limit for copy; lint it in parts, or save it as files\n');
    // Reading stopped just past the limit (a stream reads a chunk or two ahead).
    expect(input.taken()).toBeLessThan(limit + 4 * 64 * 1024);
    expect(input.stream.destroyed).toBe(true);
  });

  test('one byte over the limit is refused, in process and from a real pipe; small input is linted', async () => {
    const p = new Project({});
    const sentence = 'Thanks for waiting.\n';
    const atLimit = sentence.repeat(limit / sentence.length) + 'x'.repeat(limit % sentence.length);
    expect(Buffer.byteLength(atLimit)).toBe(limit);
    const over = await p.run(['--stdin'], { input: atLimit + '!' });
    expect([over.code, over.stderr]).toEqual([2, 'empathy-lint: <stdin>: standard input is over the 5 MiB limit for copy; lint it in parts, or save it as files\n']);
    const spawned = await p.spawn(['--stdin', '-f', 'json'], { input: atLimit + '!' });
    expect([spawned.code, spawned.stderr]).toEqual([2, over.stderr]);
    const small = await p.run(['--stdin', '-f', 'json'], { input: sentence });
    expect([small.code, small.stderr]).toEqual([0, '']);
  });
});
