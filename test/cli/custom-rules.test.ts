/**
 * House rules in config (`customRules`) and `--test-rules`, through the command line's I/O seam: the README's
 * worked example runs as written, and mistakes name the config file and line.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { run } from '../../src/cli.js';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const readme = fs.readFileSync(path.join(repoRoot, 'README.md'), 'utf8');
const folders: string[] = [];
afterAll(() => {
  for (const folder of folders) fs.rmSync(folder, { recursive: true, force: true });
});

/** The fenced block after a `<!-- house-rules:name -->` marker in the README. */
function block(name: string): string {
  const found = new RegExp(`<!-- house-rules:${name} -->\\n\`\`\`\\w*\\n([\\s\\S]*?)\`\`\`\\n`).exec(readme);
  if (!found) throw new Error(`README has no house-rules:${name} block`);
  return found[1]!;
}

/** A folder with these files. */
function project(files: Record<string, string>): string {
  const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'empathy-house-')));
  folders.push(dir);
  for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), text);
  return dir;
}

/** Run the command line in-process in `cwd`. */
async function cli(cwd: string, args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
  stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
  const code = await run(args, { cwd, env: { NO_COLOR: '1' }, stdout, stderr, stdin: new PassThrough() });
  return { code, stdout: out, stderr: err };
}

const config = block('config');
const input = block('input');

describe('house rules (customRules)', () => {
  it('the README example gives exactly the output it shows', async () => {
    const dir = project({ '.empathyrc.yaml': config, 'price-update.md': input });
    const [command, ...expected] = block('output').split('\n');
    expect(command).toBe('$ npx empathy-lint price-update.md');
    const result = await cli(dir, ['price-update.md']);
    expect(result.stderr).toBe('');
    expect(result.stdout).toBe(expected.join('\n'));
    expect(result.code).toBe(1);
  });

  it('reports house rules as ordinary rules: JSON output, levels from `rules`, disable comments', async () => {
    const dir = project({
      '.empathyrc.yaml': `${config}rules:\n  house/no-risk-free: error\n  house/house-words: off\n`,
      'price-update.md': input.replace('Your risk-free trial', '<!-- empathy-disable-next-line house/price-rise-says-how-to-cancel -->\nYour risk-free trial'),
      'note.md': 'Start your risk-free trial. See our web site.\n',
    });
    const result = await cli(dir, ['-f', 'json', 'note.md']);
    const [file] = JSON.parse(result.stdout) as { messages: { ruleId: string; severity: number; line: number; column: number; endColumn: number }[] }[];
    expect(file!.messages.map(({ ruleId, severity, line, column, endColumn }) => ({ ruleId, severity, line, column, endColumn }))).toEqual([
      { ruleId: 'house/no-risk-free', severity: 2, line: 1, column: 12, endColumn: 21 },
    ]);
  });

  it('a conditional rule is silent when the required words appear anywhere in the copy', async () => {
    const dir = project({ '.empathyrc.yaml': config, 'ok.md': 'From 1 May your plan will increase to $12.\n\nYou can change your plan in Settings.\n' });
    const result = await cli(dir, ['-f', 'json', 'ok.md']);
    const [file] = JSON.parse(result.stdout) as { messages: { ruleId: string }[] }[];
    expect(file!.messages.filter((message) => message.ruleId.startsWith('house/'))).toEqual([]);
  });

  it('--cache notices a changed house rule: a new reason gives a new message', async () => {
    const dir = project({ '.empathyrc.yaml': config, 'price-update.md': input });
    const before = await cli(dir, ['--cache', '-f', 'json', 'price-update.md']);
    expect(before.stdout).toContain('hiding the way out feels like a trap');
    fs.writeFileSync(path.join(dir, '.empathyrc.yaml'), config.replace('hiding the way out feels like a trap', 'hiding the exit feels unfair'));
    const after = await cli(dir, ['--cache', '-f', 'json', 'price-update.md']);
    expect(after.stdout).toContain('hiding the exit feels unfair');
    expect(after.stdout).not.toContain('hiding the way out');
  });

  it('--test-rules runs the examples of built-in and house rules, as the README shows', async () => {
    const dir = project({ '.empathyrc.yaml': config });
    const [command, ...expected] = block('test-rules').split('\n');
    expect(command).toBe('$ npx empathy-lint --test-rules');
    const result = await cli(dir, ['--test-rules']);
    expect(result.stdout).toBe(expected.join('\n'));
    expect(result.code).toBe(0);
  });

  it('--test-rules prints each failing example with the file, line and entry, and exits 1', async () => {
    const broken = config
      .replace('            - Start your risk-free trial today.', '            - Start your free trial today.')
      .replace('            - Cancel before day 14 and you pay nothing.', '            - There is no risk of a charge.');
    const dir = project({ '.empathyrc.yaml': broken });
    const result = await cli(dir, ['--test-rules']);
    const lines = result.stdout.trimEnd().split('\n');
    expect(lines.slice(0, 2)).toEqual([
      '.empathyrc.yaml:7 house/no-risk-free entry "risk-free", invalid example "Start your free trial today.": no finding; this entry should report it',
      '.empathyrc.yaml:7 house/no-risk-free entry "risk-free", valid example "There is no risk of a charge.": reported: 1:10 ““no risk” promises more than we can. The trial turns into a paid plan, and a reader who is charged later feels tricked. Say what happens when the trial ends.”',
    ]);
    expect(lines.at(-1)).toMatch(/^2 of \d+ examples of \d+ phrase entries in \d+ rules failed\.$/);
    expect(result.code).toBe(1);
  });

  it('a mistake in customRules stops the run with the file, the line and the reason (exit 2)', async () => {
    const cases: [string, string][] = [
      [config.replace('(price|prices|subscription|plan) [will]', '(price|prices|subscription|plan [will]'), '.empathyrc.yaml:38: customRules.price-rise-says-how-to-cancel.when[0].pattern: entry "price-rise": ( has no closing ) (column 1)'],
      [config.replace('      - id: e-mail', '      - id: web-site'), '.empathyrc.yaml:24: customRules.house-words.phrases[1].id: the id "web-site" is used twice (first by customRules.house-words.phrases[0])'],
      [config.replace('pattern: (e-mail|e mail)', 'pattern: (web site|web-site)'), '.empathyrc.yaml:25: customRules.house-words.phrases[1].pattern: entry "e-mail" has the same pattern as entry "web-site" (customRules.house-words.phrases[0])'],
      [config.replace('    kind: substitution', '    kind: substitution\n    colour: red'), '.empathyrc.yaml:16: unknown setting "colour" in house rule "house-words"; valid settings: kind, level, description, what, why, instead, phrases, when, require'],
      [config.replace('        rewrite: email\n', ''), '.empathyrc.yaml:24: customRules.house-words.phrases[1]: every entry of a substitution rule needs "rewrite": the words to write instead'],
    ];
    for (const [text, message] of cases) {
      const dir = project({ '.empathyrc.yaml': text, 'a.md': 'Hello.\n' });
      const result = await cli(dir, ['a.md']);
      expect(result.stderr).toBe(`empathy-lint: ${path.join(dir, message)}\n`);
      expect(result.code).toBe(2);
    }
  });
});
