// Files that could not be linted (missing, binary, too large, badly encoded, a crashing rule) are part of every
// report, not only a line on standard error: `fatal` in JSON, an error notification in SARIF, an error in
// Checkstyle and a workflow error for GitHub.
import { createRequire } from 'node:module';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { FORMULAIC, Project, onlyHollow, repoRoot } from './helpers.js';

const require = createRequire(import.meta.url);
const Ajv04 = require('ajv-draft-04') as typeof import('ajv-draft-04').default;
const addFormats = require('ajv-formats') as typeof import('ajv-formats').default;
const ajv = new Ajv04({ allErrors: true, strict: false, unicodeRegExp: false });
addFormats(ajv);
const validate = ajv.compile(JSON.parse(fs.readFileSync(path.join(repoRoot, 'test/fixtures/sarif/sarif-2.1.0-rtm.5.json'), 'utf8')) as object);

const files = {
  '.empathyrc.json': { rules: onlyHollow('warn') },
  'a.md': `${FORMULAIC}\n`,
  'binary.md': Buffer.from([0x48, 0x69, 0x00, 0x01, 0x02]),
  'latin1.txt': Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x0a]),
  'z.md': 'Thanks for waiting.\n',
};
const args = ['a.md', 'binary.md', 'gone.md', 'latin1.txt', 'z.md'];
const expectedStderr = [
  'empathy-lint: binary.md: looks like a binary file (it contains NUL bytes), so it was skipped',
  'empathy-lint: gone.md: no such file or folder',
  'empathy-lint: latin1.txt: line 1 is not valid UTF-8; save the file as UTF-8 and run again',
  '',
].join('\n');

describe.concurrent('files that could not be linted', () => {
  test('-f json: one entry per file with `fatal`, in path order, beside the linted files', async () => {
    const p = new Project(files);
    const { code, stderr, results } = await p.json(args);
    expect([code, stderr]).toEqual([2, expectedStderr]);
    expect(results.map((result) => [path.basename(result.filePath), result.fatal ?? null, result.messages.length, result.errorCount])).toEqual([
      ['a.md', null, 1, 0],
      ['binary.md', 'looks like a binary file (it contains NUL bytes), so it was skipped', 0, 0],
      ['gone.md', 'no such file or folder', 0, 0],
      ['latin1.txt', 'line 1 is not valid UTF-8; save the file as UTF-8 and run again', 0, 0],
      ['z.md', null, 0, 0],
    ]);
  });

  test('-f sarif: an error notification with the file’s location for each, and executionSuccessful false', async () => {
    const p = new Project(files);
    const run = await p.run(['-f', 'sarif', ...args]);
    expect([run.code, run.stderr]).toEqual([2, expectedStderr]);
    const log = JSON.parse(run.stdout) as {
      runs: { results: unknown[]; invocations: { executionSuccessful: boolean; toolExecutionNotifications: { level: string; message: { text: string }; locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }[] }[] }[];
    };
    expect(validate(log) ? [] : validate.errors).toEqual([]);
    const invocation = log.runs[0]!.invocations[0]!;
    expect(invocation.executionSuccessful).toBe(false);
    expect(invocation.toolExecutionNotifications.map((note) => [note.level, note.locations[0]!.physicalLocation.artifactLocation.uri, note.message.text])).toEqual([
      ['error', 'binary.md', 'The file could not be linted: looks like a binary file (it contains NUL bytes), so it was skipped.'],
      ['error', 'gone.md', 'The file could not be linted: no such file or folder.'],
      ['error', 'latin1.txt', 'The file could not be linted: line 1 is not valid UTF-8; save the file as UTF-8 and run again.'],
    ]);
    expect(log.runs[0]!.results).toHaveLength(1);

    const clean = JSON.parse((await p.run(['-f', 'sarif', 'a.md'])).stdout) as typeof log;
    expect(clean.runs[0]!.invocations[0]!.executionSuccessful).toBe(true);
  });

  test('-f checkstyle and -f github: an error for each file that could not be linted', async () => {
    const p = new Project(files);
    const checkstyle = await p.run(['-f', 'checkstyle', 'a.md', 'gone.md']);
    expect(checkstyle.code).toBe(2);
    expect(checkstyle.stdout).toContain(
      `<file name="${p.path('gone.md')}">\n<error line="1" column="1" severity="error" message="The file could not be linted: no such file or folder." source="empathy-lint" />\n</file>\n</checkstyle>\n`,
    );
    const github = await p.run(['-f', 'github', 'a.md', 'gone.md']);
    expect(github.code).toBe(2);
    expect(github.stdout.split('\n').filter((line) => line.startsWith('::error'))).toEqual([
      '::error file=gone.md,title=empathy-lint::The file could not be linted: no such file or folder.',
    ]);
  });
});
