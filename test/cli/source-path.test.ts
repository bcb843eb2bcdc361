/**
 * One path for "lint this text as this file": a catalogue reads the same through a path, through --stdin
 * with --stdin-filename, through the library's lintSource, and in what the LLM pass is given. Run in-process
 * through the CLI's I/O seam.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { run, type CliIO } from '../../src/cli.js';
import { lintSource } from '../../src/index.js';

const catalogue = {
  checkout: {
    title: 'Review your order',
    card_declined: 'You entered the wrong card number. Please try again.',
    retry: 'Try another card',
  },
  account: { deleted: "Your account has been deleted. We're sorry to see you go, and you're welcome back any time." },
};
const catalogueText = JSON.stringify(catalogue, null, 2) + '\n';

const folders: string[] = [];
afterAll(() => {
  for (const folder of folders) fs.rmSync(folder, { recursive: true, force: true });
});

function project(config: Record<string, unknown>): string {
  const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'empathy-source-')));
  folders.push(dir);
  fs.mkdirSync(path.join(dir, 'locales'));
  fs.writeFileSync(path.join(dir, 'locales', 'en.json'), catalogueText);
  fs.writeFileSync(path.join(dir, '.empathyrc.json'), JSON.stringify(config));
  return dir;
}

async function cli(argv: string[], cwd: string, input = ''): Promise<{ code: number; stdout: string; stderr: string }> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  stdout.on('data', (chunk: Buffer) => out.push(chunk));
  stderr.on('data', (chunk: Buffer) => err.push(chunk));
  const io: CliIO = { cwd, env: { NO_COLOR: '1' }, stdout, stderr, stdin: Readable.from([Buffer.from(input)]) };
  const code = await run(argv, io);
  return { code, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') };
}

interface Finding {
  ruleId: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

function findings(stdout: string): Finding[] {
  const [result] = JSON.parse(stdout) as { messages: Finding[] }[];
  return result!.messages.map(({ ruleId, line, column, endLine, endColumn }) => ({ ruleId, line, column, endLine, endColumn }));
}

describe('a catalogue named by config, read through each entry', () => {
  const config = { catalogs: ['locales/*.json'] };

  it('--stdin --stdin-filename gives the findings that linting the path gives', async () => {
    const dir = project(config);
    const fromPath = await cli(['-f', 'json', '--concurrency', 'off', 'locales/en.json'], dir);
    const fromStdin = await cli(['-f', 'json', '--stdin', '--stdin-filename', 'locales/en.json'], dir, catalogueText);
    expect(fromPath.stderr).toBe('');
    expect(fromStdin.stderr).toBe('');
    const expected = findings(fromPath.stdout);
    // "You entered the wrong card number" on line 4, inside the string value, not the raw JSON line.
    expect(expected).toContainEqual({ ruleId: 'no-blame', line: 4, column: 23, endLine: 4, endColumn: 56 });
    expect(findings(fromStdin.stdout)).toEqual(expected);
    expect(fromStdin.code).toBe(fromPath.code);
  });

  it('lintSource reads the text as the path would be read', async () => {
    const dir = project(config);
    const fromPath = findings((await cli(['-f', 'json', '--concurrency', 'off', 'locales/en.json'], dir)).stdout);
    const result = await lintSource(catalogueText, { filePath: 'locales/en.json', cwd: dir });
    expect(result.filePath).toBe(path.join(dir, 'locales', 'en.json'));
    expect(result.messages.map(({ ruleId, line, column, endLine, endColumn }) => ({ ruleId, line, column, endLine, endColumn }))).toEqual(fromPath);
  });

  it('--print-config names the syntax the file is read with', async () => {
    const dir = project(config);
    const printed = await cli(['--print-config', 'locales/en.json'], dir);
    expect(JSON.parse(printed.stdout)).toMatchObject({ configFile: path.join(dir, '.empathyrc.json'), syntax: 'catalog' });
    const other = await cli(['--print-config', 'data/settings.json'], dir);
    expect(JSON.parse(other.stdout)).toMatchObject({ syntax: 'catalog' });
    const markdown = await cli(['--print-config', 'notes/readme.md'], dir);
    expect(JSON.parse(markdown.stdout)).toMatchObject({ syntax: 'markdown' });
  });

  it('--llm-dry-run shows the catalogue strings with their key paths, never its keys and braces', async () => {
    const dir = project({ ...config, llm: { provider: 'openai-compatible', baseURL: 'http://127.0.0.1:9/v1', model: 'fake-model' } });
    for (const argv of [['locales/en.json'], ['--stdin', '--stdin-filename', 'locales/en.json']]) {
      const dry = await cli(['-f', 'json', '--llm-dry-run', '--concurrency', 'off', ...argv], dir, catalogueText);
      const lines = dry.stderr.split('\n').filter(Boolean);
      expect(lines[0]).toMatch(/^empathy-lint: llm: dry run: would send 4 sections \(\d+ chars\) to 127\.0\.0\.1:9 \(fake-model\) in 1 request; nothing was sent$/);
      expect(lines.slice(2)).toEqual([
        '    [1] heading: "Review your order"',
        '    [2] paragraph: "You entered the wrong card number. Please try again."',
        '    [3] paragraph: "Try another card"',
        '    [4] paragraph: "Your account has been deleted. We\'re sorry to see you go, and you\'re welcome back any time."',
      ]);
      expect(dry.stderr).not.toContain('card_declined');
      expect(dry.stderr).not.toContain('{');
    }
  });
});
