import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runInProcess } from './helpers.js';

const root = path.resolve(import.meta.dirname, '../..');
const fixtures = path.join(root, 'test', 'fixtures', 'formats');
const expectedPath = path.join(fixtures, 'expected.json');

interface Finding {
  file: string;
  ruleId: string | null;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  location?: string;
}

/** Golden findings for every format fixture, through the CLI, as Vale's fixture folders do (binary.test.ts runs them through the bundle). */
describe('format fixtures through the CLI', () => {
  it('give exactly the expected findings and positions in the original files', async () => {
    const files = fs.readdirSync(fixtures).filter((name) => name !== 'expected.json' && !name.startsWith('.')).sort();
    // Stock apologies are reported even beside a fix: each fixture's apology is the finding whose position is checked.
    const { stdout } = await runInProcess(['--no-ignore', '-f', 'json', '-c', '../strict-apology.json', ...files], { cwd: fixtures, home: fixtures });
    const results = JSON.parse(stdout) as { filePath: string; fatal?: string; messages: (Finding & { suggestions?: { fix: { range: [number, number] } }[] })[] }[];
    expect(results.map((result) => path.basename(result.filePath))).toEqual(files);
    const findings: Finding[] = results.flatMap((result) =>
      result.messages.map((message) => ({
        file: path.basename(result.filePath),
        ruleId: message.ruleId,
        line: message.line,
        column: message.column,
        endLine: message.endLine,
        endColumn: message.endColumn,
        ...(message.location ? { location: message.location } : {}),
      })),
    );
    if (process.env['UPDATE_GOLDEN']) fs.writeFileSync(expectedPath, JSON.stringify(findings, null, 2) + '\n');
    expect(findings).toEqual(JSON.parse(fs.readFileSync(expectedPath, 'utf8')));
    // Every suggestion range points inside its file.
    for (const result of results) {
      const size = fs.readFileSync(result.filePath, 'utf8').length;
      for (const message of result.messages) {
        for (const suggestion of message.suggestions ?? []) expect(suggestion.fix.range[1]).toBeLessThanOrEqual(size);
      }
    }
  });
});
