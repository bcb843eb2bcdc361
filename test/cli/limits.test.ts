// Resource limits of the command line: standard input is read up to the size limit for copy, and no further.
import { Readable } from 'node:stream';
import { describe, expect, test } from 'vitest';
import { run } from '../../src/cli.js';
import { Project, onlyHollow } from './helpers.js';

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

describe('pathological nesting', () => {
  const refusal = (name: string, line: number) =>
    `empathy-lint: ${name}: line ${line} nests lists or block quotes more than 100 levels deep, far more than copy needs, so the file was not read\n`;

  test('Markdown lists and block quotes nested thousands of levels deep are refused in one line, quickly, and the rest is linted', async () => {
    const p = new Project({
      'list.md': `${'- '.repeat(5000)}x\n`,
      'quotes.md': `Intro.\n\n${'>'.repeat(100_000)} x\n`,
      'deep-list.md': `${'- '.repeat(100_000)}x\n`,
      'staircase.md': Array.from({ length: 400 }, (_, level) => `${'  '.repeat(level)}- item`).join('\n') + '\n',
      '.empathyrc.json': { rules: onlyHollow('warn') },
      'ok.md': 'We apologize for any inconvenience this may have caused.\n',
    });
    const started = Date.now();
    const { code, stderr, results } = await p.json(['.']);
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(code).toBe(2);
    expect(stderr).toBe(refusal('deep-list.md', 1) + refusal('list.md', 1) + refusal('quotes.md', 3) + refusal('staircase.md', 101));
    expect(results.find((result) => result.filePath.endsWith('ok.md'))!.messages).toHaveLength(1);
  });

  test('nesting a hundred levels deep is still read, and copy in it is linted', async () => {
    const p = new Project({
      '.empathyrc.json': { rules: onlyHollow('warn') },
      'list.md': `${'- '.repeat(99)}We apologize for any inconvenience this may have caused.\n`,
      'quotes.md': `${'> '.repeat(99)}We apologize for any inconvenience this may have caused.\n`,
    });
    const { code, stderr, results } = await p.json(['.']);
    expect([code, stderr]).toEqual([0, '']);
    expect(results.map((result) => result.messages.map((message) => message.ruleId))).toEqual([['no-hollow-apology'], ['no-hollow-apology']]);
  });
});

describe('reports stream out as files finish', () => {
  test('each built-in format writes file by file, in path order, and the whole is what the formatter gives at once', async () => {
    const files: Record<string, string | object> = { '.empathyrc.json': { rules: onlyHollow('warn') } };
    for (let index = 0; index < 12; index++) files[`copy/note-${String(index).padStart(2, '0')}.md`] = 'We apologize for any inconvenience this may have caused.\n';
    const p = new Project(files);
    for (const format of ['stylish', 'json', 'github', 'checkstyle', 'sarif']) {
      const writes: string[] = [];
      const stderr = collector();
      const code = await run(['-f', format, '--concurrency', 'off', 'copy'], { cwd: p.dir, env: { HOME: p.dir, NO_COLOR: '1' }, stdout: { write: (text: string) => void writes.push(text) }, stderr, stdin: '' });
      expect([format, code, stderr.text()]).toEqual([format, 0, '']);
      // SARIF holds its results aside until the rules that reported are known; the others write per file.
      if (format !== 'sarif') expect(writes.length, format).toBeGreaterThanOrEqual(12);
      const whole = await p.run(['-f', format, '--llm-dry-run', '--llm-provider', 'openai-compatible', '--llm-base-url', 'http://127.0.0.1:9/v1', '--llm-model', 'm', '--llm-cache', 'off', 'copy']);
      // The LLM pass needs every result first, so that run is formatted at once: the same report, apart from
      // the `llm` status each result then carries in JSON and what the dry run prints on standard error.
      if (format !== 'json') expect(writes.join(''), format).toBe(whole.stdout);
    }
  });

  test('SARIF says executionSuccessful false when the run fails for a reason outside the files (runFailed)', async () => {
    const { sarif } = await import('../../src/formatters/sarif.js');
    const context = { cwd: '/work', color: false, rulesMeta: {} };
    const log = (runFailed: boolean) => JSON.parse(sarif([], { ...context, runFailed })) as { runs: { invocations: { executionSuccessful: boolean }[] }[] };
    expect(log(false).runs[0]!.invocations[0]!.executionSuccessful).toBe(true);
    expect(log(true).runs[0]!.invocations[0]!.executionSuccessful).toBe(false);
  });
});
