// action.yml: the composite action's run step, executed with bash as the Actions runner would (inputs as
// environment variables), against the built binary. The install step (npm ci) is what .ci/run does already.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, test } from 'vitest';
import { FORMULAIC, Project, bin, onlyHollow, repoRoot } from './helpers.js';

interface ActionStep {
  name: string;
  shell: string;
  run: string;
  env?: Record<string, string>;
}

const action = parse(fs.readFileSync(path.join(repoRoot, 'action.yml'), 'utf8')) as {
  inputs: Record<string, { default: string }>;
  runs: { using: string; steps: ActionStep[] };
};
const runStep = action.runs.steps.find((step) => step.name === 'Run empathy-lint')!;

function runAction(p: Project, inputs: Record<string, string>) {
  const env: Record<string, string> = { PATH: process.env['PATH'] ?? '', HOME: p.dir, NO_COLOR: '1', EMPATHY_LINT_BIN: bin };
  for (const [name, input] of Object.entries(action.inputs)) env[`INPUT_${name.toUpperCase().replace(/-/g, '_')}`] = inputs[name] ?? input.default;
  const result = spawnSync('bash', ['-e', '-c', runStep.run], { cwd: p.dir, env, encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe.concurrent('action.yml', () => {
  test('is a composite action with inputs for paths, format and max-warnings, passed to the step as environment variables', () => {
    expect(action.runs.using).toBe('composite');
    expect(Object.keys(action.inputs)).toEqual(expect.arrayContaining(['paths', 'format', 'max-warnings', 'output-file']));
    for (const [name] of Object.entries(action.inputs)) {
      expect(runStep.env?.[`INPUT_${name.toUpperCase().replace(/-/g, '_')}`]).toBe(`\${{ inputs.${name} }}`);
    }
    // No input is pasted into the script itself.
    expect(runStep.run).not.toContain('${{');
  });

  test('annotations by default; several paths; max-warnings fails on warnings; sarif to a file', () => {
    const p = new Project({ '.empathyrc.json': { rules: onlyHollow('warn') }, 'docs/a.md': `${FORMULAIC}\n`, 'news/b.md': `${FORMULAIC}\n`, 'other/c.md': `${FORMULAIC}\n` });
    const github = runAction(p, { paths: 'docs\nnews/b.md' });
    expect(github.code, github.stderr).toBe(0);
    expect(github.stdout.split('\n').filter(Boolean).map((line) => line.split(',')[0])).toEqual(['::warning file=docs/a.md', '::warning file=news/b.md']);

    // A glob reaches empathy-lint unexpanded (the shell does not expand it first).
    const glob = runAction(p, { paths: '**/b.md' });
    expect(glob.stdout.split(',')[0]).toBe('::warning file=news/b.md');

    const strict = runAction(p, { paths: 'docs', 'max-warnings': '0' });
    expect(strict.code).toBe(1);
    expect(strict.stderr).toContain('--max-warnings limit of 0');

    const sarif = runAction(p, { format: 'sarif', 'output-file': 'empathy-lint.sarif', args: '--quiet' });
    expect([sarif.code, sarif.stdout]).toEqual([0, '']);
    expect(JSON.parse(p.read('empathy-lint.sarif'))).toMatchObject({ version: '2.1.0' });
  });
});
